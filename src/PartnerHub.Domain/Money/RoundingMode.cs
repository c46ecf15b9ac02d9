namespace PartnerHub.Domain.Money;

/// <summary>
/// How fractions of a yen are settled. A policy setting: 003 §8-7 rounds fractions under 1 yen up;
/// other contracts truncate or round half up.
/// </summary>
public enum RoundingMode
{
    /// <summary>Fractions are raised to the next yen, away from zero (切り上げ, 003 §8-7).</summary>
    Up,

    /// <summary>Fractions are dropped, toward zero (切り捨て).</summary>
    Down,

    /// <summary>Half a yen or more is raised away from zero, less is dropped (四捨五入).</summary>
    HalfUp,
}
