using System.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>
/// Prints HTML pages to PDF with one shared Chromium (started on first use) and a small pool of reused pages.
/// </summary>
/// <remarks>
/// Measured on our machines (STACK-NOTES.md): launching Chromium costs about a second and 0.4–0.7 GiB; a new page per document
/// costs ~490 ms, a reused page ~150 ms. So the browser is a lazily started singleton and pages are pooled; the pool size also
/// caps how many documents print at once. When Chromium dies (crash, OOM kill) its Disconnected event or a PlaywrightException
/// marks it stale, and the next document starts a new one.
/// <para>
/// A pooled page keeps the document fonts it loaded. The next document whose fonts have the same key (<see cref="PrintPage"/>,
/// <see cref="DocumentFonts"/>) is swapped into it — language, title, page styles and body — instead of loading a whole new
/// page, so Chromium does not decode and check the embedded faces again (bench README, "PDF: fonts kept loaded between
/// documents"). The swap waits for the document's images as the load event would, then for its fonts.
/// </para>
/// </remarks>
public sealed class ChromiumPrinter : IAsyncDisposable
{
    private static readonly string[] s_launchArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    // Replaces everything of the previous document but the fonts (in the head's other style element), then waits for the new
    // body's images (the load event's wait on a fresh page; a hanging image runs into the render timeout as it would there)
    // and for the fonts the new text needs.
    private const string SwapScript = """
        async ({ id, lang, title, styles, body }) => {
            document.documentElement.lang = lang;
            document.title = title;
            document.getElementById(id).textContent = styles;
            document.body.innerHTML = body;
            await Promise.all(Array.from(document.images).filter(image => !image.complete).map(image => new Promise(done => {
                image.addEventListener('load', done, { once: true });
                image.addEventListener('error', done, { once: true });
            })));
            await document.fonts.ready;
            return true;
        }
        """;

    private readonly DocumentsOptions _options;
    private readonly ILogger<ChromiumPrinter> _logger;
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private readonly SemaphoreSlim _pageSlots;
    private readonly List<PooledPage> _idlePages = [];
    private readonly Lock _idleLock = new();
    private IPlaywright? _playwright;
    private volatile IBrowser? _browser;
    private int _launchCount;
    private int _swapped;
    private bool _disposed;

    public ChromiumPrinter(IOptions<DocumentsOptions> options, ILogger<ChromiumPrinter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _pageSlots = new SemaphoreSlim(_options.PagePoolSize, _options.PagePoolSize);
    }

    /// <summary>How many times Chromium has been started by this printer (1 after the first document; more after crashes).</summary>
    public int LaunchCount => Volatile.Read(ref _launchCount);

    /// <summary>How many documents were swapped into a page that already held their fonts (the rest loaded a whole page).</summary>
    public int DocumentsSwappedIn => Volatile.Read(ref _swapped);

    public TimeSpan RenderTimeout => TimeSpan.FromSeconds(_options.RenderTimeoutSeconds);

    /// <summary>Prints a complete HTML page, always loaded whole. Retries once on a fresh browser when the browser died under it.</summary>
    public Task<byte[]> PrintAsync(string html, PagePdfOptions pdfOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        return PrintAsync(html, null, pdfOptions, cancellationToken);
    }

    /// <summary>
    /// Prints a document's page, swapped into a pooled page that holds its fonts when there is one. Retries once on a fresh
    /// browser when the browser died under the document.
    /// </summary>
    public Task<byte[]> PrintAsync(PrintPage page, PagePdfOptions pdfOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return PrintAsync(null, page, pdfOptions, cancellationToken);
    }

    private async Task<byte[]> PrintAsync(string? html, PrintPage? document, PagePdfOptions pdfOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdfOptions);
        ObjectDisposedException.ThrowIf(_disposed, this);

        await _pageSlots.WaitAsync(cancellationToken);
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return await PrintOnPooledPageAsync(html, document, pdfOptions, cancellationToken);
                }
                catch (PlaywrightException ex) when (attempt == 1)
                {
                    // A crashed or killed browser surfaces here before (or instead of) its Disconnected event.
                    _logger.LogWarning(ex, "Chromium failed while printing a document; starting a new browser and retrying once");
                    await DiscardBrowserAsync();
                }
            }
        }
        finally
        {
            _pageSlots.Release();
        }
    }

    /// <summary>Closes the browser as a crash would; the next document starts a new one. For operations and tests.</summary>
    public async Task CloseBrowserAsync()
    {
        IBrowser? browser = _browser;
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await DiscardBrowserAsync();
        _playwright?.Dispose();
        _playwright = null;
        _startLock.Dispose();
        _pageSlots.Dispose();
    }

    private async Task<byte[]> PrintOnPooledPageAsync(string? html, PrintPage? document, PagePdfOptions pdfOptions, CancellationToken cancellationToken)
    {
        IBrowser browser = await GetBrowserAsync(cancellationToken);
        PooledPage page = await RentPageAsync(browser, document?.Fonts.Key);
        bool healthy = false;
        Task<byte[]> work = PrintPageAsync(page, html, document, pdfOptions);
        try
        {
            byte[] pdf = await work.WaitAsync(RenderTimeout, cancellationToken);
            healthy = true;
            return pdf;
        }
        catch (System.TimeoutException)
        {
            ObserveAbandoned(work);
            _logger.LogWarning("A PDF document did not finish within {Timeout}; its page is discarded", RenderTimeout);
            throw new DocumentRenderTimeoutException(RenderTimeout);
        }
        catch (OperationCanceledException)
        {
            ObserveAbandoned(work);
            throw;
        }
        finally
        {
            if (healthy && browser == _browser && !page.Page.IsClosed)
            {
                lock (_idleLock)
                {
                    _idlePages.Add(page);
                }
            }
            else
            {
                // A timed-out or failed page may still be busy; closing it makes Chromium end its work without waiting for it.
                _ = ClosePageQuietlyAsync(page.Page);
            }
        }
    }

    // The abandoned print fails once its page is closed; observing it keeps that expected failure out of UnobservedTaskException.
    private static void ObserveAbandoned(Task work) =>
        work.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private async Task<byte[]> PrintPageAsync(PooledPage page, string? html, PrintPage? document, PagePdfOptions pdfOptions)
    {
        if (document is not null && page.FontsKey is not null && string.Equals(page.FontsKey, document.Fonts.Key, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _swapped);
            await page.Page.EvaluateAsync(SwapScript, new { id = PrintPage.PageStyleId, lang = document.Language, title = document.Title, styles = document.PageStyles, body = document.Body });
        }
        else
        {
            // SetContent replaces the previous document, which resets the reused page.
            page.FontsKey = null;
            await page.Page.SetContentAsync(html ?? document!.ToHtml(), new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = 0 });
            await page.Page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
            page.FontsKey = document?.Fonts.Key;
        }

        return await page.Page.PdfAsync(pdfOptions);
    }

    private async Task<PooledPage> RentPageAsync(IBrowser browser, string? fontsKey)
    {
        lock (_idleLock)
        {
            _idlePages.RemoveAll(p => p.Page.IsClosed || p.Page.Context.Browser != browser);
            // A page that holds the document's fonts first, else the one idle longest.
            int index = fontsKey is null ? -1 : _idlePages.FindIndex(p => string.Equals(p.FontsKey, fontsKey, StringComparison.Ordinal));
            if (index < 0 && _idlePages.Count > 0)
            {
                index = 0;
            }

            if (index >= 0)
            {
                PooledPage idle = _idlePages[index];
                _idlePages.RemoveAt(index);
                return idle;
            }
        }

        IPage created = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = true });
        created.SetDefaultTimeout(0);
        return new PooledPage(created);
    }

    /// <summary>A pooled page and the key of the document fonts it has loaded (null: none known, load the next page whole).</summary>
    private sealed class PooledPage(IPage page)
    {
        public IPage Page { get; } = page;

        public string? FontsKey { get; set; }
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        IBrowser? current = _browser;
        if (current is { IsConnected: true })
        {
            return current;
        }

        await _startLock.WaitAsync(cancellationToken);
        try
        {
            current = _browser;
            if (current is { IsConnected: true })
            {
                return current;
            }

            if (current is not null)
            {
                await DisposeBrowserAsync(current);
            }

            if (!File.Exists(_options.ChromiumPath))
            {
                throw new ChromiumNotFoundException(_options.ChromiumPath);
            }

            var stopwatch = Stopwatch.StartNew();
            _playwright ??= await Playwright.CreateAsync();
            IBrowser browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _options.ChromiumPath,
                Headless = true,
                Args = [.. s_launchArgs, .. _options.ExtraLaunchArgs],
                Timeout = (float)RenderTimeout.TotalMilliseconds,
            });
            browser.Disconnected += OnBrowserDisconnected;
            _browser = browser;
            int launches = Interlocked.Increment(ref _launchCount);
            if (launches == 1)
            {
                _logger.LogInformation("Chromium {Version} started from {Path} in {Elapsed} ms", browser.Version, _options.ChromiumPath, stopwatch.ElapsedMilliseconds);
            }
            else
            {
                _logger.LogWarning("Chromium {Version} relaunched (launch {Launch}) in {Elapsed} ms", browser.Version, launches, stopwatch.ElapsedMilliseconds);
            }

            return browser;
        }
        finally
        {
            _startLock.Release();
        }
    }

    private void OnBrowserDisconnected(object? sender, IBrowser browser)
    {
        if (!_disposed)
        {
            _logger.LogWarning("Chromium disconnected; it will be started again for the next document");
        }
    }

    private async Task DiscardBrowserAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            IBrowser? browser = _browser;
            _browser = null;
            if (browser is not null)
            {
                await DisposeBrowserAsync(browser);
            }
        }
        finally
        {
            _startLock.Release();
        }
    }

    private async Task DisposeBrowserAsync(IBrowser browser)
    {
        browser.Disconnected -= OnBrowserDisconnected;
        lock (_idleLock)
        {
            _idlePages.Clear();
        }

        try
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }
        catch (PlaywrightException ex)
        {
            // Closing a browser that already crashed fails; there is nothing left to clean up.
            _logger.LogDebug(ex, "Closing a dead Chromium failed");
        }
    }

    private async Task ClosePageQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false });
        }
        catch (PlaywrightException ex)
        {
            _logger.LogDebug(ex, "Closing a discarded page failed");
        }
    }
}
