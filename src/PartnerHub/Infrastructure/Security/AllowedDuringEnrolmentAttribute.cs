namespace PartnerHub.Infrastructure.Security;

/// <summary>
/// Marks an endpoint an account that must still enrol its second factor may reach: the sign-in and account pages, the
/// error pages, the language switch and static assets. Everything else is closed to it (deny by default), whatever its
/// path looks like, so a new page, export or API can never be reached before enrolment by accident.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class AllowedDuringEnrolmentAttribute : Attribute;
