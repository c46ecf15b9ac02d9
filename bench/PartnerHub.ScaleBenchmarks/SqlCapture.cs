using System.Data.Common;
using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>A SQL command EF Core ran: its text, parameter values and time until the reader was disposed (all rows read).</summary>
internal sealed record CapturedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Executed, TimeSpan? UntilDisposed);

/// <summary>
/// Records the commands EF Core runs while <see cref="Start"/> is active, through EF's DiagnosticListener (the hub's context
/// options cannot take an interceptor from outside, and its logs at Warning show no SQL). Used to find out why a list is slow:
/// each command is then explained with SQLite's EXPLAIN QUERY PLAN, parameter values included.
/// </summary>
internal sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Dictionary<Guid, int> _byCommand = [];
    private List<CapturedCommand>? _commands;

    public SqlCapture()
    {
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public List<CapturedCommand> Start()
    {
        lock (_byCommand)
        {
            _byCommand.Clear();
            _commands = [];
            return _commands;
        }
    }

    public void Stop()
    {
        lock (_byCommand)
        {
            _commands = null;
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        lock (_byCommand)
        {
            if (_commands is null)
            {
                return;
            }

            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed)
            {
                _byCommand[executed.CommandId] = _commands.Count;
                _commands.Add(new CapturedCommand(executed.Command.CommandText, Parameters(executed.Command), executed.Duration, null));
            }
            else if (value.Key == RelationalEventId.DataReaderDisposing.Name && value.Value is DataReaderDisposingEventData disposing
                && _byCommand.TryGetValue(disposing.CommandId, out int index))
            {
                _commands[index] = _commands[index] with { UntilDisposed = disposing.Duration };
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    private static List<(string, object?)> Parameters(DbCommand command) =>
        [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value is DBNull ? null : p.Value))];

    /// <summary>SQLite's plan for the command, as an indented tree (one line per step).</summary>
    public static string Explain(string databaseFile, CapturedCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var depth = new Dictionary<long, int> { [0] = 0 };
        var plan = new StringBuilder();
        using var reader = explain.ExecuteReader();
        while (reader.Read())
        {
            long id = reader.GetInt64(0);
            long parent = reader.GetInt64(1);
            int level = depth.GetValueOrDefault(parent) + 1;
            depth[id] = level;
            plan.Append(' ', level * 2).AppendLine(reader.GetString(3));
        }

        return plan.ToString();
    }
}
