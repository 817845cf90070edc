using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsHub.Web.Pages;

/// <summary>
/// The error page in the site's layout: a page not found (404), a method a page does not take (405), a failure
/// (500), and the database unreachable (503, "retrying"); always with a search box and the way back to the timeline.
/// </summary>
/// <remarks>
/// No handler methods: the exception handler and the status code pages re-execute it with the failed request's
/// method (POST, TRACE…), and it must answer them all. It reads nothing from the database, which may be what failed.
/// </remarks>
[IgnoreAntiforgeryToken] // Re-executed for a failed POST, whose form token was not its concern.
public sealed class ErrorModel : PageModel
{
    /// <summary>The status the reader gets.</summary>
    public int Status { get; private set; }

    // Not a handler (its name would make it one for a method called "PageHandlerExecuting"): the page filter hook.
    [NonHandler]
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var response = HttpContext.Response;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            // Already chosen by the exception handler: 500, or 503 for an unreachable database.
            Status = response.StatusCode;
        }
        else if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } original)
        {
            Status = original.OriginalStatusCode;
        }
        else
        {
            // Visited directly (/Error/500): shows that status, so the page never answers an error with 200.
            Status = int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599
                ? code
                : StatusCodes.Status404NotFound;
            response.StatusCode = Status;
        }
    }
}
