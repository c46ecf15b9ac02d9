using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Features.Contracts.Lifecycle;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.ParameterSheets;

/// <summary>Creating and revising sheets (partners) and moving them through review (vendor operations).</summary>
public sealed class ParameterSheetWork(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Starts a sheet for one of the user's contracts; the contract moves to the parameter-sheet step.</summary>
    public async Task<SheetResult> CreateForContractAsync(Guid contractId, ParameterSheetContent content, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(ParameterSheetsPermissions.EditRoles))
        {
            return SheetResult.Fail(SheetProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return SheetResult.Fail(SheetProblem.NotFound);
        }

        var model = ServicePlan.Find(contract.PlanCode)?.Model ?? ApplianceModel.CyberThreatSensor;
        var problems = content.Validate(model);
        if (problems.Count > 0)
        {
            return new SheetResult(null, SheetProblem.Invalid, problems);
        }

        var now = clock.GetUtcNow();
        var by = currentUser.Name;
        var sheet = new ParameterSheet(Guid.NewGuid(), contract.PartnerId, contract.CustomerId, contract.Id, model.Code, content, now, by);
        db.ParameterSheets.Add(sheet);
        await ContractProgress.SheetStartedAsync(db, contract.Id, now, by, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return new SheetResult(sheet.Id, null, null);
    }

    /// <summary>Saves new content as a new version (draft or returned sheets only). Invalid content stores nothing.</summary>
    public async Task<SheetResult> ReviseAsync(Guid sheetId, ParameterSheetContent content, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(ParameterSheetsPermissions.EditRoles))
        {
            return SheetResult.Fail(SheetProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sheet = await LoadAsync(db, sheetId, cancellationToken);
        if (sheet is null)
        {
            return SheetResult.Fail(SheetProblem.NotFound);
        }

        var problems = content.Validate(ModelOf(sheet));
        if (problems.Count > 0)
        {
            return new SheetResult(null, SheetProblem.Invalid, problems);
        }

        db.Entry(sheet).Property(s => s.Version).OriginalValue = expectedVersion;
        if (!sheet.Revise(content, clock.GetUtcNow(), currentUser.Name))
        {
            return SheetResult.Fail(SheetProblem.WrongStatus);
        }

        return await SaveAsync(db, sheet, cancellationToken);
    }

    /// <summary>Submit (partner), return with a comment, register, or confirm data collection with a reason (vendor operations).</summary>
    public async Task<SheetResult> MoveAsync(Guid sheetId, ParameterSheetStatus next, string? comment, CancellationToken cancellationToken = default)
    {
        var roles = next == ParameterSheetStatus.Submitted ? ParameterSheetsPermissions.EditRoles : ParameterSheetsPermissions.ReviewRoles;
        if (!currentUser.IsInAnyRole(roles))
        {
            return SheetResult.Fail(SheetProblem.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sheet = await LoadAsync(db, sheetId, cancellationToken);
        if (sheet is null)
        {
            return SheetResult.Fail(SheetProblem.NotFound);
        }

        var now = clock.GetUtcNow();
        if (!sheet.MoveTo(next, now, currentUser.Name, comment))
        {
            return SheetResult.Fail(sheet.CanMoveTo(next) ? SheetProblem.CommentRequired : SheetProblem.WrongStatus);
        }

        // Confirmed data collection starts the service of a delivered contract, as the first telemetry does (004 別紙4 §2-6).
        if (next == ParameterSheetStatus.DataCollectionConfirmed && sheet.ContractId is { } contractId)
        {
            await ContractProgress.DataCollectionConfirmedAsync(db, contractId, comment ?? string.Empty, now, currentUser.Name, cancellationToken);
        }

        return await SaveAsync(db, sheet, cancellationToken);
    }

    private static Task<ParameterSheet?> LoadAsync(HubDbContext db, Guid sheetId, CancellationToken cancellationToken) =>
        db.ParameterSheets.Include(s => s.Versions).Include(s => s.Events).SingleOrDefaultAsync(s => s.Id == sheetId, cancellationToken);

    private static ApplianceModel ModelOf(ParameterSheet sheet) => ApplianceModels.Find(sheet.ModelCode);

    private static async Task<SheetResult> SaveAsync(HubDbContext db, ParameterSheet sheet, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SheetResult(sheet.Id, null, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SheetResult.Fail(SheetProblem.Conflict);
        }
    }
}

public enum SheetProblem
{
    NotAllowed,
    NotFound,
    Invalid,
    WrongStatus,
    CommentRequired,
    Conflict,
}

public sealed record SheetResult(Guid? SheetId, SheetProblem? Problem, IReadOnlyDictionary<string, SheetFieldProblem>? FieldProblems)
{
    public static SheetResult Fail(SheetProblem problem) => new(null, problem, null);
}
