namespace PartnerHub.Domain.Escalations;

/// <summary>How the caller's identity was checked (004 別紙3 §2-3: 本人確認を行う).</summary>
public enum VerificationMethod
{
    /// <summary>The desk called back the registered phone number: the phone must match it.</summary>
    PhoneCallback,

    /// <summary>The caller's number (caller ID or stated) matches the registered phone.</summary>
    RegisteredPhoneMatch,

    /// <summary>The inquiry came by e-mail from the registered address: the e-mail must match it.</summary>
    EmailFromRegisteredAddress,

    /// <summary>Another way, described by staff; name and phone must still match.</summary>
    Other,
}
