using System.Diagnostics.CodeAnalysis;

namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// The outcome of validating user input: either the normalised value or one <see cref="ValidationFailure"/>
/// code for the UI to localise. Validators never throw on bad input.
/// </summary>
/// <typeparam name="T">The normalised identifier type.</typeparam>
public sealed class ValidationResult<T>
    where T : notnull
{
    private readonly T? _value;

    internal ValidationResult(T? value, ValidationFailure? failure)
    {
        _value = value;
        Failure = failure;
    }

    /// <summary>True when the input was valid and <see cref="Value"/> holds its normalised form.</summary>
    public bool IsValid => Failure is null;

    /// <summary>Why the input was rejected; null when it is valid.</summary>
    public ValidationFailure? Failure { get; }

    /// <summary>The normalised value.</summary>
    /// <exception cref="InvalidOperationException">The input was invalid: check <see cref="IsValid"/> first.</exception>
    public T Value => IsValid
        ? _value!
        : throw new InvalidOperationException($"The input is invalid ({Failure}); there is no value.");

    /// <summary>Gets the normalised value when valid.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsValid;
    }

    /// <summary>"valid: …" or the failure code, for test output and logs.</summary>
    public override string ToString() => IsValid ? "valid: " + _value : "invalid: " + Failure;
}

/// <summary>Factory methods for <see cref="ValidationResult{T}"/>.</summary>
public static class ValidationResult
{
    /// <summary>A valid result holding the normalised <paramref name="value"/>.</summary>
    public static ValidationResult<T> Success<T>(T value)
        where T : notnull => new(value, null);

    /// <summary>An invalid result with its reason code.</summary>
    public static ValidationResult<T> Fail<T>(ValidationFailure failure)
        where T : notnull => new(default, failure);
}
