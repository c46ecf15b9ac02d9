using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace PartnerHub.Components.Lists;

/// <summary>
/// A template column of a server-side list with a stable key: MudBlazor names a template column with a new GUID on every
/// render, so neither the server's sort map nor the column chooser could recognise it. <see cref="Key"/> is the sort key
/// the list's query offers (usually the property name); set Sortable="false" where it offers none.
/// </summary>
public class ListColumn<T> : TemplateColumn<T>
{
    [Parameter, EditorRequired]
    public string Key { get; set; } = string.Empty;

    public override string PropertyName => Key;
}
