using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Ingestion.Sources;

namespace NewsHub.Pipeline.Sources;

/// <summary>A source as a person describes it, before it is checked and stored.</summary>
/// <param name="Name">What to call it; null or blank to name it after its folder or feed.</param>
/// <param name="Locator">A folder, or a feed's http(s) URL or local file path.</param>
/// <param name="Schedule">An interval or a cron expression (<see cref="SourceSchedule"/>).</param>
public sealed record SourceDraft(SourceKind Kind, string? Name, string Locator, string Schedule, bool Recursive = false, bool Enabled = true);

/// <summary>A source cannot be stored as described; the message names the field and the reason.</summary>
public sealed class SourceRegistrationException(string field, string message) : Exception(message)
{
    /// <summary>Which part of the description is wrong: <c>Name</c>, <c>Locator</c> or <c>Schedule</c>.</summary>
    public string Field { get; } = field;
}

/// <summary>
/// Adds, changes and removes sources with the same checks whoever asks (the admin pages, the command line,
/// an OPML import): a unique name, a readable schedule, a folder that exists or a feed that is an http(s) URL
/// or an existing file, and no second source for the same (kind, locator). Removing a source keeps its articles.
/// </summary>
public static class SourceRegistry
{
    /// <summary>The schedule a source gets when none is given.</summary>
    public const string DefaultFeedSchedule = "30m";

    /// <summary>A watched folder's rescan, the safety net behind its watcher.</summary>
    public const string DefaultFolderSchedule = "10m";

    /// <summary>The schedule a source of <paramref name="kind"/> gets when none is given.</summary>
    public static string DefaultScheduleOf(SourceKind kind) => kind == SourceKind.Folder ? DefaultFolderSchedule : DefaultFeedSchedule;

    /// <summary>Checks <paramref name="draft"/> and stores it, due at once.</summary>
    /// <exception cref="SourceRegistrationException">The draft breaks a rule; nothing was stored.</exception>
    public static async Task<Source> AddAsync(NewsHubDbContext db, SourceDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(draft);
        var source = new Source { Name = "", Locator = "", Schedule = "", CreatedAt = now, NextRunAt = now };
        await ApplyAsync(db, source, draft, cancellationToken);
        db.Sources.Add(source);
        await SaveAsync(db, source, cancellationToken);
        return source;
    }

    /// <summary>Changes a stored source to <paramref name="draft"/>; a changed locator or schedule makes it due at once.</summary>
    /// <exception cref="SourceRegistrationException">The draft breaks a rule; nothing was changed.</exception>
    public static async Task UpdateAsync(NewsHubDbContext db, Source source, SourceDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(draft);
        var (locator, schedule) = (source.Locator, source.Schedule);
        await ApplyAsync(db, source, draft, cancellationToken);
        if (source.Locator != locator || source.Schedule != schedule)
        {
            source.NextRunAt = now;
            source.ETag = null;
            source.LastModified = null;
        }

        await SaveAsync(db, source, cancellationToken);
    }

    /// <summary>Deletes the source called <paramref name="name"/>; its articles stay. False when there is none.</summary>
    public static async Task<bool> RemoveAsync(NewsHubDbContext db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Sources.Where(s => s.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>The locator in the form it is stored: a full folder path, a URL as given, or a full feed file path.</summary>
    /// <exception cref="SourceRegistrationException">It is not a folder, nor an http(s) URL or a file.</exception>
    public static string NormaliseLocator(SourceKind kind, string locator)
    {
        var text = (locator ?? "").Trim();
        if (text.Length == 0)
        {
            throw new SourceRegistrationException(nameof(SourceDraft.Locator), kind == SourceKind.Folder ? "No folder was given." : "No feed URL or file was given.");
        }

        if (kind == SourceKind.Folder)
        {
            var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(text));
            return Directory.Exists(folder) ? folder
                : throw new SourceRegistrationException(nameof(SourceDraft.Locator), $"The folder {folder} does not exist or cannot be opened.");
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            return uri.Scheme is "http" or "https"
                ? uri.AbsoluteUri
                : throw new SourceRegistrationException(nameof(SourceDraft.Locator), $"The feed address {text} is neither http nor https.");
        }

        var file = Path.GetFullPath(uri?.IsFile == true ? uri.LocalPath : text);
        return File.Exists(file) ? file
            : throw new SourceRegistrationException(nameof(SourceDraft.Locator), $"The feed {text} is neither an http(s) URL nor an existing file.");
    }

    /// <summary>A name for a source nobody named: the folder's or the feed file's name, or the feed's host and path.</summary>
    public static string SuggestName(SourceKind kind, string locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        if (Uri.TryCreate(locator, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return (uri.Host + uri.AbsolutePath).TrimEnd('/');
        }

        return kind == SourceKind.Folder ? Path.GetFileName(locator) is { Length: > 0 } name ? name : locator : Path.GetFileNameWithoutExtension(locator);
    }

    private static async Task ApplyAsync(NewsHubDbContext db, Source source, SourceDraft draft, CancellationToken cancellationToken)
    {
        var locator = NormaliseLocator(draft.Kind, draft.Locator);
        var name = string.IsNullOrWhiteSpace(draft.Name) ? SuggestName(draft.Kind, locator) : draft.Name.Trim();
        if (name.Length > 200)
        {
            throw new SourceRegistrationException(nameof(SourceDraft.Name), $"The name {name[..40]}… is longer than 200 characters.");
        }

        var scheduleText = string.IsNullOrWhiteSpace(draft.Schedule) ? DefaultScheduleOf(draft.Kind) : draft.Schedule.Trim();
        if (!SourceSchedule.TryParse(scheduleText, out _, out var problem))
        {
            throw new SourceRegistrationException(nameof(SourceDraft.Schedule), problem!);
        }

        if (await db.Sources.AnyAsync(s => s.Name == name && s.Id != source.Id, cancellationToken))
        {
            throw new SourceRegistrationException(nameof(SourceDraft.Name), $"A source called {name} exists already.");
        }

        if (await db.Sources.Where(s => s.Kind == draft.Kind && s.Locator == locator && s.Id != source.Id).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) is { } other)
        {
            throw new SourceRegistrationException(nameof(SourceDraft.Locator), $"{locator} is already the source {other}.");
        }

        source.Name = name;
        source.Kind = draft.Kind;
        source.Locator = locator;
        source.Schedule = scheduleText;
        source.Recursive = draft.Kind == SourceKind.Folder && draft.Recursive;
        source.Enabled = draft.Enabled;
    }

    /// <summary>Saves, turning a lost race on the unique indexes (two people adding the same source at once) into the same error.</summary>
    private static async Task SaveAsync(NewsHubDbContext db, Source source, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.Entry(source).State = EntityState.Detached;
            throw new SourceRegistrationException(nameof(SourceDraft.Name), $"A source called {source.Name}, or for {source.Locator}, was added meanwhile.");
        }
    }
}
