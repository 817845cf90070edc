using Microsoft.AspNetCore.Http.Extensions;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Operations;

/// <summary>
/// Takes control characters out of every query-string value before anything reads one, so that no filter,
/// search or API parameter hands PostgreSQL a NUL (<c>?q=%00</c> failed with 22021 and a 500) or a page shows one.
/// One place for the pages, the API, the exports and the feeds alike; see <see cref="QueryValues.WithoutControlCharacters"/>.
/// </summary>
public static class QueryStringCleaning
{
    public static IApplicationBuilder UseCleanQueryStrings(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (request.QueryString.HasValue && request.Query.Any(pair => pair.Value.Any(QueryValues.HasControlCharacters)))
            {
                var clean = new QueryBuilder();
                foreach (var (key, values) in request.Query)
                {
                    clean.Add(QueryValues.WithoutControlCharacters(key), values.Select(v => QueryValues.WithoutControlCharacters(v ?? "")));
                }

                request.QueryString = clean.ToQueryString();
            }

            return next(context);
        });
}
