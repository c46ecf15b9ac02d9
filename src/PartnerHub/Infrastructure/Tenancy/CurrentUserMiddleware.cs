namespace PartnerHub.Infrastructure.Tenancy;

/// <summary>Copies the authenticated user of an HTTP request into the scoped <see cref="CurrentUser"/>.</summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(currentUser);
        currentUser.SetUser(context.User);
        return next(context);
    }
}
