using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsHub.Web.Operations;

/// <summary>
/// A page answers 405 (with <c>Allow</c>) to a method none of its handlers takes. Razor Pages would otherwise run
/// the page without a handler: <c>TRACE /</c> rendered the timeline with nothing loaded and failed with a 500, and
/// <c>DELETE</c> met the form-token check (400). Pages without handlers (the error page) still answer any method,
/// as the exception handler and the status code pages re-execute them with the failed request's.
/// </summary>
/// <remarks>
/// An authorization filter, ordered before the form-token check (1000) and sign-in (0): handlers are chosen later,
/// but whether any handler takes the method is known from the page alone.
/// </remarks>
public sealed class UnsupportedMethodFilter : IAuthorizationFilter, IOrderedFilter
{
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActionDescriptor is not CompiledPageActionDescriptor { HandlerMethods.Count: > 0 } page)
        {
            return;
        }

        // HEAD is answered by the GET handlers.
        var method = HttpMethods.IsHead(context.HttpContext.Request.Method) ? HttpMethods.Get : context.HttpContext.Request.Method;
        if (page.HandlerMethods.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var allowed = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (allowed.Contains(HttpMethods.Get))
        {
            allowed.Add(HttpMethods.Head);
        }

        context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed.Order(StringComparer.Ordinal));
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
