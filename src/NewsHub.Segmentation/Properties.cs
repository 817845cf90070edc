using System.Runtime.CompilerServices;

// The cutters stackalloc scratch buffers for every block of text and always write before they read; zeroing
// them first would be wasted work on the hottest path.
[module: SkipLocalsInit]
