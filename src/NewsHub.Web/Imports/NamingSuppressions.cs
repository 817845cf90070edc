using System.Diagnostics.CodeAnalysis;

// "Imports" is a Visual Basic keyword, but NewsHub is C# only and the folder is named after the
// /Admin/Imports pages it serves; a VB consumer of these namespaces is not a case to design for.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:NewsHub.Web.Imports", Justification = "C# only; named after the /Admin/Imports area.")]
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:NewsHub.Web.Pages.Admin.Imports", Justification = "The namespace follows the page folder, which gives the URL /Admin/Imports.")]
