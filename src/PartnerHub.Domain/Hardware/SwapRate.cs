namespace PartnerHub.Domain.Hardware;

/// <summary>
/// The swap rate of a model in a month (issue 15, vendor operations' reports): the swap cases opened in the month for units of
/// the model, over the units of the model that were at a customer at any time in that month. A unit counts from its custody
/// receipt (<see cref="ApplianceStatus.AtCustomer"/>) while it stays on the customer's premises — serving, reported faulty,
/// swapped out or waiting to be sent back — until it leaves them (sent back, received, lost or stolen).
/// </summary>
public static class SwapRate
{
    /// <summary>Whether a unit that was at a customer is still there in <paramref name="status"/>.</summary>
    public static bool StaysAtCustomer(ApplianceStatus status) =>
        status is ApplianceStatus.AtCustomer or ApplianceStatus.Faulty or ApplianceStatus.SwappedOut or ApplianceStatus.AwaitingReturn;

    /// <summary>The spells a unit spent at customers, from its status history (any order); the current spell has no end.</summary>
    public static IReadOnlyList<AtCustomerSpell> AtCustomerSpells(IEnumerable<(ApplianceStatus Status, DateTimeOffset At)> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var spells = new List<AtCustomerSpell>();
        DateTimeOffset? start = null;
        foreach (var (status, at) in history.OrderBy(h => h.At))
        {
            if (start is null)
            {
                start = status == ApplianceStatus.AtCustomer ? at : null;
            }
            else if (!StaysAtCustomer(status))
            {
                spells.Add(new AtCustomerSpell(start.Value, at));
                start = null;
            }
        }

        if (start is { } open)
        {
            spells.Add(new AtCustomerSpell(open, null));
        }

        return spells;
    }

    /// <summary>Swaps opened over units at customers, as a fraction rounded to four places (0.3333 = 33.33%); null when no unit was out.</summary>
    public static decimal? Of(int swapsOpened, int unitsAtCustomers) =>
        unitsAtCustomers <= 0 ? null : Math.Round((decimal)swapsOpened / unitsAtCustomers, 4, MidpointRounding.AwayFromZero);
}

/// <summary>A unit's stay at a customer: from its custody receipt until it left (null while it is still there).</summary>
public sealed record AtCustomerSpell(DateTimeOffset From, DateTimeOffset? Until)
{
    /// <summary>Whether the unit was at the customer at some time in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => From < end && (Until is not { } until || until > start);
}
