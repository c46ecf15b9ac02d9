using System.Linq.Expressions;

namespace PartnerHub.Infrastructure.Querying;

/// <summary>
/// Filters on a column given as an expression, for filters written once and applied to more than one table (the alert
/// list's events and SQLite's key table). The value is captured as a query parameter, as a lambda's local would be.
/// </summary>
public static class ColumnFilter
{
    public static IQueryable<T> WhereEqual<T, TValue>(this IQueryable<T> rows, Expression<Func<T, TValue>> column, TValue value) =>
        rows.Where(Compare(column, value, Expression.Equal));

    public static IQueryable<T> WhereAtLeast<T, TValue>(this IQueryable<T> rows, Expression<Func<T, TValue>> column, TValue value) =>
        rows.Where(Compare(column, value, Expression.GreaterThanOrEqual));

    public static IQueryable<T> WhereBelow<T, TValue>(this IQueryable<T> rows, Expression<Func<T, TValue>> column, TValue value) =>
        rows.Where(Compare(column, value, Expression.LessThan));

    private static Expression<Func<T, bool>> Compare<T, TValue>(Expression<Func<T, TValue>> column, TValue value,
        Func<Expression, Expression, BinaryExpression> compare)
    {
        ArgumentNullException.ThrowIfNull(column);
        Expression<Func<TValue>> parameter = () => value;
        return Expression.Lambda<Func<T, bool>>(compare(column.Body, parameter.Body), column.Parameters);
    }
}
