using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.ScaleData.Generation;

/// <summary>
/// What every step shares: the hub's context options and clock, the plan, the instant the data is "as of", the console,
/// and the rows earlier steps made that later ones refer to.
/// </summary>
internal sealed class GenerationContext(HubDbContextOptions contextOptions, ReplayClock clock, ScalePlan plan, ScaleDataOptions options, TextWriter output)
{
    /// <summary>EF Core entities per SaveChanges: large enough to batch well, small enough to keep the change tracker cheap.</summary>
    public const int ChunkSize = 2_000;

    public ReplayClock Clock { get; } = clock;

    public ScalePlan Plan { get; } = plan;

    public ScaleDataOptions Options { get; } = options;

    public TextWriter Output { get; } = output;

    /// <summary>The instant the data is "as of" (the hub's clock while the data was made, and "now" for its states).</summary>
    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public DateOnly Today => BusinessCalendar.TokyoDate(Now);

    public World World { get; } = new();

    /// <summary>A context that sees and may write every partner's rows, as the hub's seed and background jobs use.</summary>
    public HubDbContext CreateContext()
    {
        var db = contextOptions.Create(TenantScope.System, Clock);
        // Everything added is new; detecting changes on every Add would make a chunk quadratic.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    public HubDbContext CreateContext(TenantScope scope) => contextOptions.Create(scope, Clock);

    /// <summary>A random source per step, so changing one step's counts leaves the others' rows as they were.</summary>
    public Random RandomFor(int step) => new(unchecked((Options.Seed * 397) ^ step));

    /// <summary>Adds the items chunk by chunk, one context and one SaveChanges per chunk; progress every tenth of <paramref name="total"/>.</summary>
    public async Task SaveInChunksAsync<T>(IEnumerable<T> items, Action<HubDbContext, T> add, string what, int total, CancellationToken cancellationToken,
        int chunkSize = ChunkSize)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(add);
        int done = 0;
        int reported = 0;
        foreach (var chunk in items.Chunk(chunkSize))
        {
            await using var db = CreateContext();
            foreach (var item in chunk)
            {
                add(db, item);
            }

            await db.SaveChangesAsync(cancellationToken);
            done += chunk.Length;
            if (done >= total || done - reported >= Math.Max(chunkSize, total / 10))
            {
                reported = done;
                Progress.Line(Output, $"  {what}: {done:N0}/{total:N0}");
            }
        }
    }
}

/// <summary>Times of day and ids the steps make with their own random source.</summary>
internal static class Generate
{
    /// <summary>A random version-4 GUID: deterministic for a seed, unlike <see cref="Guid.NewGuid"/>.</summary>
    public static Guid Id(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A moment in Tokyo office hours (9:00–18:00) of <paramref name="day"/>.</summary>
    public static DateTimeOffset OfficeTime(DateOnly day, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var time = new TimeOnly(9, 0).AddMinutes(random.Next(0, 9 * 60));
        return BusinessCalendar.TokyoInstant(day, time).ToUniversalTime();
    }

    /// <summary>Like <see cref="OfficeTime"/>, but never after <paramref name="now"/> (a step dated today happened earlier today).</summary>
    public static DateTimeOffset OfficeTimeBefore(DateOnly day, DateTimeOffset now, Random random)
    {
        var at = OfficeTime(day, random);
        return at < now ? at : now - TimeSpan.FromMinutes(random.Next(1, 180));
    }

    /// <summary>A business day of the sensor service desk on or before <paramref name="day"/>.</summary>
    public static DateOnly BusinessDayOnOrBefore(DateOnly day) => BusinessCalendars.SensorServiceDesk.OnOrBefore(day);

    public static DateOnly AddBusinessDays(DateOnly day, int days) => BusinessCalendars.SensorServiceDesk.AddBusinessDays(day, days);

    public static T Pick<T>(IReadOnlyList<T> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(random);
        return items[random.Next(items.Count)];
    }

    /// <summary>Picks by weight (weights need not add up to one).</summary>
    public static int Weighted(IReadOnlyList<double> cumulative, Random random)
    {
        ArgumentNullException.ThrowIfNull(cumulative);
        ArgumentNullException.ThrowIfNull(random);
        double x = random.NextDouble() * cumulative[^1];
        int index = 0;
        int high = cumulative.Count - 1;
        while (index < high)
        {
            int middle = (index + high) / 2;
            if (cumulative[middle] > x)
            {
                high = middle;
            }
            else
            {
                index = middle + 1;
            }
        }

        return index;
    }

    public static double[] Cumulative(IEnumerable<double> weights)
    {
        double sum = 0;
        return weights.Select(w => sum += w).ToArray();
    }

    public static void Shuffle<T>(IList<T> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(random);
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    public static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Document numbers <c>{series}-{yyyyMMdd}-{nnnn}</c> by Tokyo day, the hub's format (Infrastructure/Numbering), skipping
/// numbers the demo seed already took.
/// </summary>
internal sealed class DocumentNumbers
{
    private readonly HashSet<string> _taken;
    private readonly Dictionary<(string, DateOnly), int> _next = [];

    private DocumentNumbers(HashSet<string> taken)
    {
        _taken = taken;
    }

    public static async Task<DocumentNumbers> LoadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        taken.UnionWith(await db.Contracts.Select(c => c.Number).ToListAsync(cancellationToken));
        taken.UnionWith(await db.Quotes.Select(q => q.Number).ToListAsync(cancellationToken));
        taken.UnionWith(await db.SupportCases.Select(c => c.Number).ToListAsync(cancellationToken));
        return new DocumentNumbers(taken);
    }

    public string Next(string series, DateOnly day)
    {
        int sequence = _next.GetValueOrDefault((series, day));
        string number;
        do
        {
            sequence++;
            number = series + "-" + Generate.Day(day) + "-" + sequence.ToString("D4", CultureInfo.InvariantCulture);
        }
        while (!_taken.Add(number));

        _next[(series, day)] = sequence;
        return number;
    }
}

/// <summary>Console progress: one line per step and a running line for long steps.</summary>
internal static class Progress
{
    public static void Line(TextWriter output, FormattableString line)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(line);
        output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// Generated identifiers pass through the Domain's validators and are stored in the form the hub's forms store (e.g. a
/// phone number hyphenated by its area code); an invalid one is a bug in the generator.
/// </summary>
internal static class Checked
{
    public static string Phone(string value) => Value(Domain.Identifiers.PhoneNumber.Validate(value), value).Value;

    public static string PostalCode(string value) => Value(Domain.Identifiers.PostalCode.Validate(value), value).Value;

    public static string Email(string value) => Value(Domain.Identifiers.EmailAddress.Validate(value), value).Value;

    public static string InvoiceRegistrationNumber(string value) => Value(Domain.Identifiers.InvoiceRegistrationNumber.Validate(value), value).Value;

    public static string TrackingNumber(string value) => Value(Domain.Identifiers.TrackingNumber.Validate(value), value).Value;

    private static T Value<T>(Domain.Identifiers.ValidationResult<T> result, string input)
        where T : notnull =>
        result.TryGetValue(out var value) ? value : throw new InvalidOperationException($"Generated an invalid value '{input}' ({result.Failure}).");
}
