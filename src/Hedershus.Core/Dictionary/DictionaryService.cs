using System.Text.RegularExpressions;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Dictionary;

/// <summary>
/// Editors' UI strings per culture. Setting a blank value removes it, so the built-in text shows again. The in-memory
/// <see cref="DictionarySnapshotService"/> is refreshed right after each change; readers never query the database.
/// </summary>
public sealed partial class DictionaryService(HedershusDbContext db, CultureCatalog cultures, DictionarySnapshotService snapshots, TimeProvider clock)
{
    public const int MaxKeyLength = 200;
    public const int MaxValueLength = 4000;

    /// <summary>Sets (or, with blank values, removes) several keys of one culture in one transaction.</summary>
    public async Task SetAsync(string culture, IReadOnlyDictionary<string, string?> values, string? author, CancellationToken cancellationToken)
    {
        var code = cultures.Normalize(culture) ?? throw new InputValidationException("culture", $"'{culture}' is not a culture of this site.");
        var errors = new ValidationErrors();
        foreach (var (key, value) in values)
        {
            if (key.Length > MaxKeyLength || !KeyPattern().IsMatch(key))
            {
                errors.Add(key, "A key has letters, digits and dots, and starts with a letter.");
            }
            else if (value?.Length > MaxValueLength)
            {
                errors.Add(key, $"A text may be at most {MaxValueLength} characters long.");
            }
        }

        errors.ThrowIfAny();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var keys = values.Keys.ToList();
            var existing = await db.DictionaryEntries.Where(e => e.Culture == code && keys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (key, value) in values)
            {
                Apply(existing.GetValueOrDefault(key), key, code, value?.Trim(), author, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await snapshots.RefreshAfterWriteAsync();
    }

    private void Apply(DictionaryEntry? entry, string key, string culture, string? value, string? author, DateTime now)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (entry is not null)
            {
                db.DictionaryEntries.Remove(entry);
            }

            return;
        }

        if (entry is null)
        {
            db.DictionaryEntries.Add(new DictionaryEntry { Key = key, Culture = culture, Value = value, UpdatedAt = now, UpdatedBy = author });
        }
        else if (entry.Value != value)
        {
            entry.Value = value;
            entry.UpdatedAt = now;
            entry.UpdatedBy = author;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
