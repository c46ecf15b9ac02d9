// Downloads a generated document with progress: the hub builds large exports before the first byte, so the button shows
// "preparing" until the headers arrive, then the share received (the response carries its Content-Length).
export async function downloadWithProgress(url, listener) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
        return response.status;
    }

    const total = Number(response.headers.get('Content-Length')) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    let reported = -1;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) {
            break;
        }

        chunks.push(value);
        received += value.length;
        const percent = total ? Math.floor(received * 100 / total) : -1;
        if (percent !== reported && percent % 5 === 0) {
            reported = percent;
            await listener.invokeMethodAsync('OnProgress', percent);
        }
    }

    const blob = new Blob(chunks, { type: response.headers.get('Content-Type') || 'application/octet-stream' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName(response.headers.get('Content-Disposition')) || 'download';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    return response.status;
}

function fileName(disposition) {
    if (!disposition) {
        return null;
    }

    const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (utf8) {
        return decodeURIComponent(utf8[1]);
    }

    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1] : null;
}
