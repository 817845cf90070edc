namespace NewsHub.Web.Localization;

/// <summary>
/// Marker for the UI strings: <c>UiText.resx</c> holds the Chinese text (the neutral language, what
/// readers see first), <c>UiText.en.resx</c> the English. Inject <c>IStringLocalizer&lt;UiText&gt;</c>;
/// views get it as <c>T</c> from <c>_ViewImports.cshtml</c>.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be usable as a type argument, so it cannot be static.
public sealed class UiText
#pragma warning restore CA1052
{
    private UiText()
    {
    }
}
