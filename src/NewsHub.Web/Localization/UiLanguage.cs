using System.Globalization;

namespace NewsHub.Web.Localization;

/// <summary>The languages the UI speaks: Chinese first, English on request.</summary>
public static class UiLanguage
{
    /// <summary>Simplified Chinese, the default.</summary>
    public const string Chinese = "zh-CN";

    public const string English = "en";

    /// <summary>The query-string key that switches language (<c>?lang=en</c>); the choice is then kept in a cookie.</summary>
    public const string QueryKey = "lang";

    public static IReadOnlyList<string> Supported { get; } = [Chinese, English];

    /// <summary>True when the current request is answered in English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The value for <c>&lt;html lang&gt;</c>.</summary>
    public static string Current => IsEnglish ? English : Chinese;

    /// <summary>The language a reader switches to from the current one.</summary>
    public static string Other => IsEnglish ? Chinese : English;

    /// <summary>
    /// A company's name in the reader's language: the first English name when reading English and the
    /// catalog has one, the canonical Chinese name otherwise.
    /// </summary>
    public static string CompanyName(string canonicalName, IReadOnlyList<string>? englishNames) =>
        IsEnglish && englishNames is [var english, ..] ? english : canonicalName;
}
