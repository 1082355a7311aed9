using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hedershus.Core.Data;

/// <summary>Every stored time is UTC; SQLite forgets the kind, PostgreSQL insists on it.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
