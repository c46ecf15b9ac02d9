using System.Linq.Expressions;

namespace PartnerHub.Infrastructure.Querying;

/// <summary>
/// The sort orders a list offers, by the key its grid sends. Every order ends with a unique tie-breaker so that paging is
/// stable: without it, rows with equal keys can appear on two pages or on none.
/// </summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _orders = new(StringComparer.Ordinal);
    private Func<IOrderedQueryable<T>, IOrderedQueryable<T>> _tieBreaker = ordered => ordered;
    private readonly string _defaultKey;
    private readonly bool _defaultDescending;

    /// <summary>A map whose order, when the grid sends no key (or one this list does not offer), is <paramref name="defaultKey"/>.</summary>
    /// <param name="defaultKey">The default order's key.</param>
    /// <param name="defaultDescending">Whether the default order is descending.</param>
    public SortMap(string defaultKey, bool defaultDescending = false)
    {
        _defaultKey = defaultKey;
        _defaultDescending = defaultDescending;
    }

    /// <summary>A unique key (the id or number) appended to every order.</summary>
    public SortMap<T> ThenAlwaysBy<TKey>(Expression<Func<T, TKey>> uniqueKey)
    {
        ArgumentNullException.ThrowIfNull(uniqueKey);
        _tieBreaker = ordered => ordered.ThenBy(uniqueKey);
        return this;
    }

    public SortMap<T> Add<TKey>(string key, Expression<Func<T, TKey>> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        _orders[key] = (source, descending) => descending ? source.OrderByDescending(selector) : source.OrderBy(selector);
        return this;
    }

    public bool Offers(string? key) => key is not null && _orders.ContainsKey(key);

    public IOrderedQueryable<T> Apply(IQueryable<T> source, ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        bool requested = Offers(request.SortBy);
        var order = _orders[requested ? request.SortBy! : _defaultKey];
        return _tieBreaker(order(source, requested ? request.Descending : _defaultDescending));
    }
}
