using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsHub.Segmentation.Cutting;

/// <summary>
/// A growable buffer rented from <see cref="ArrayPool{T}"/>, turned into an exact-size array at the end, so that a
/// cut allocates its result once instead of a list's successive doublings.
/// </summary>
internal struct PooledList<T> : IDisposable
{
    private T[] _items;
    private int _count;

    /// <summary>Rents a buffer of at least <paramref name="capacity"/> items.</summary>
    public PooledList(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

    /// <summary>Appends <paramref name="item"/>.</summary>
    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            T[] larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        // The buffer's element type is exactly T, so the covariance check of a plain array store is redundant;
        // it cost a few percent of a cut.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), _count++) = item;
    }

    /// <summary>The items added so far, as a new array of exactly that length.</summary>
    public readonly T[] ToArray() => _items.AsSpan(0, _count).ToArray();

    /// <summary>Returns the buffer to the pool, cleared so that it holds no references.</summary>
    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = null!;
        }
    }
}
