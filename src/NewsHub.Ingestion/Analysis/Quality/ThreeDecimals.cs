using System.Globalization;

namespace NewsHub.Ingestion.Analysis.Quality;

/// <summary>A ratio of two counts written with three decimals the way Python's <c>f"{x:.3f}"</c> writes it.</summary>
/// <remarks>
/// .NET's "F3" rounds a midpoint away from zero (9/16 gives 0.563) while Python rounds it to even (0.562), and
/// small gold files do produce such ratios. Rounding the exact fraction to even gives Python's digits: a ratio of
/// counts this small is never close enough to a midpoint for the double Python rounds to fall on its other side.
/// </remarks>
internal static class ThreeDecimals
{
    public static string Format(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var thousandths = Math.DivRem(numerator * 1000L, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && thousandths % 2 == 1))
        {
            thousandths++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{thousandths / 1000}.{thousandths % 1000:000}");
    }
}
