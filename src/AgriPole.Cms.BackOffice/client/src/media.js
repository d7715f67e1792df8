// Media library enhancements: click on the image to place the focal point (the number inputs stay the keyboard way),
// and drag and drop upload with progress through XHR, posting the same multipart form the page handles without JS.
export function initFocalPoint(root) {
  root.querySelectorAll('[data-focal-image]').forEach((box) => {
    const form = root.querySelector('[data-focal-form]');
    const img = box.querySelector('[data-focal-target]');
    const marker = box.querySelector('[data-focal-marker]');
    if (!form || !img) return;
    const left = form.querySelector('[name="left"]');
    const top = form.querySelector('[name="top"]');
    const place = () => {
      if (marker) {
        marker.style.left = `${Number(left.value) * 100}%`;
        marker.style.top = `${Number(top.value) * 100}%`;
      }
    };
    img.addEventListener('click', (event) => {
      const rect = img.getBoundingClientRect();
      const clamp = (v) => Math.min(1, Math.max(0, v));
      left.value = clamp((event.clientX - rect.left) / rect.width).toFixed(2);
      top.value = clamp((event.clientY - rect.top) / rect.height).toFixed(2);
      place();
      left.focus();
    });
    // Positioned through the CSSOM (the back-office CSP forbids style attributes); hidden without this script.
    if (marker) marker.hidden = false;
    place();
    left.addEventListener('input', place);
    top.addEventListener('input', place);
  });
}

export function initUpload(root) {
  root.querySelectorAll('form[data-media-upload]').forEach((form) => {
    const zone = form.querySelector('[data-drop-zone]');
    const progress = form.querySelector('[data-upload-progress]');
    const input = form.querySelector('input[type="file"]');
    if (!zone || !progress || !input || typeof XMLHttpRequest === 'undefined') return;
    zone.hidden = false;
    const send = (files) => {
      const data = new FormData(form);
      data.delete('files');
      for (const file of files) data.append('files', file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      progress.hidden = false;
      progress.value = 0;
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener('load', () => {
        // Success redirects to the folder (XHR followed it): go there. Errors come back as the page with the messages.
        if (xhr.status < 400) {
          window.location.assign(xhr.responseURL || form.action);
          return;
        }
        document.open();
        document.write(xhr.responseText);
        document.close();
      });
      xhr.send(data);
    };
    ['dragenter', 'dragover'].forEach((name) => zone.addEventListener(name, (e) => {
      e.preventDefault();
      zone.classList.add('is-over');
    }));
    zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('is-over');
      if (e.dataTransfer && e.dataTransfer.files.length > 0) send(e.dataTransfer.files);
    });
    form.addEventListener('submit', (e) => {
      if (input.files && input.files.length > 0) {
        e.preventDefault();
        send(input.files);
      }
    });
  });
}

// Crop editor: a frame over the image for each named crop, kept at the crop's proportions. Pointer down outside the
// frame draws a new one from that corner, inside it moves it. The frame is focusable too: arrow keys move it (1 % of the
// image a press), Shift + arrows resize it from its top-left corner (Shift + Right / Down grow, Left / Up shrink), and
// the new position is announced through the status region. The four number inputs (x1, y1, x2, y2: fractions trimmed
// from each side) follow and stay an exact way in. Without this script the inputs alone do the job.
export function initCropEditors(root) {
  root.querySelectorAll('[data-crop]').forEach((item) => {
    const stage = item.querySelector('[data-crop-stage]');
    const form = item.querySelector('[data-crop-form]');
    if (!stage || !form) return;
    const rect = stage.querySelector('[data-crop-rect]');
    const img = stage.querySelector('img');
    const input = (name) => form.querySelector(`[name="${name}"]`);
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map(input);
    const imageWidth = Number(form.dataset.imageWidth);
    const imageHeight = Number(form.dataset.imageHeight);
    const cropRatio = Number(form.dataset.cropWidth) / Number(form.dataset.cropHeight);
    if (!rect || !img || !x1 || !imageWidth || !imageHeight || !cropRatio) return;
    // Height (in fractions of the image height) of an area of the crop's proportions that is w wide (fraction of width).
    const heightFor = (w) => (w * imageWidth) / (cropRatio * imageHeight);
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    const round = (v) => String(Math.round(v * 10000) / 10000);
    const area = () => {
      const l = Number(x1.value) || 0;
      const t = Number(y1.value) || 0;
      return { l, t, w: 1 - l - (Number(x2.value) || 0), h: 1 - t - (Number(y2.value) || 0) };
    };
    const write = (a) => {
      x1.value = round(a.l);
      y1.value = round(a.t);
      x2.value = round(Math.max(0, 1 - a.l - a.w));
      y2.value = round(Math.max(0, 1 - a.t - a.h));
      place();
    };
    // Positioned through the CSSOM: the back-office CSP forbids style attributes.
    const place = () => {
      const a = area();
      rect.style.left = `${a.l * 100}%`;
      rect.style.top = `${a.t * 100}%`;
      rect.style.width = `${Math.max(0, a.w) * 100}%`;
      rect.style.height = `${Math.max(0, a.h) * 100}%`;
    };
    const point = (e) => {
      const box = img.getBoundingClientRect();
      return { x: clamp((e.clientX - box.left) / box.width, 0, 1), y: clamp((e.clientY - box.top) / box.height, 0, 1) };
    };
    let drag = null;
    stage.addEventListener('pointerdown', (e) => {
      e.preventDefault();
      const p = point(e);
      const a = area();
      const inside = p.x >= a.l && p.x <= a.l + a.w && p.y >= a.t && p.y <= a.t + a.h;
      drag = inside ? { mode: 'move', dx: p.x - a.l, dy: p.y - a.t, a } : { mode: 'draw', x: p.x, y: p.y };
      stage.setPointerCapture(e.pointerId);
    });
    stage.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const p = point(e);
      if (drag.mode === 'move') {
        write({ l: clamp(p.x - drag.dx, 0, 1 - drag.a.w), t: clamp(p.y - drag.dy, 0, 1 - drag.a.h), w: drag.a.w, h: drag.a.h });
        return;
      }
      // Width from the horizontal drag, height from the ratio; shrunk until it fits on the image from the anchor.
      const right = p.x >= drag.x;
      const down = p.y >= drag.y;
      let w = Math.abs(p.x - drag.x);
      const maxW = right ? 1 - drag.x : drag.x;
      const maxH = down ? 1 - drag.y : drag.y;
      w = Math.min(w, maxW);
      if (heightFor(w) > maxH) w = (maxH * cropRatio * imageHeight) / imageWidth;
      const h = heightFor(w);
      if (w < 0.01 || h < 0.01) return;
      write({ l: right ? drag.x : drag.x - w, t: down ? drag.y : drag.y - h, w, h });
    });
    // Keyboard: the frame is a focusable group; each change is written to the inputs and announced (debounced).
    const status = item.querySelector('[data-crop-status]');
    let announce = 0;
    const say = () => {
      if (!status) return;
      window.clearTimeout(announce);
      announce = window.setTimeout(() => {
        const a = area();
        const pct = (v) => String(Math.round(v * 1000) / 10);
        status.textContent = (status.dataset.template || '{0} {1} {2} {3}')
          .replace('{0}', pct(a.l)).replace('{1}', pct(a.t)).replace('{2}', pct(a.w)).replace('{3}', pct(a.h));
      }, 150);
    };
    const step = 0.01;
    rect.addEventListener('keydown', (e) => {
      const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      const m = moves[e.key];
      if (!m || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      const a = area();
      if (e.shiftKey) {
        // Resize from the top-left corner, keeping the crop's proportions and staying on the image.
        const grow = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
        let w = clamp(a.w + grow * step, 0.02, 1 - a.l);
        if (a.t + heightFor(w) > 1) w = ((1 - a.t) * cropRatio * imageHeight) / imageWidth;
        if (heightFor(w) < 0.02) return;
        write({ l: a.l, t: a.t, w, h: heightFor(w) });
      } else {
        write({ l: clamp(a.l + m[0] * step, 0, 1 - a.w), t: clamp(a.t + m[1] * step, 0, 1 - a.h), w: a.w, h: a.h });
      }
      say();
    });
    rect.tabIndex = 0;
    rect.removeAttribute('aria-hidden');
    const end = () => { drag = null; };
    stage.addEventListener('pointerup', end);
    stage.addEventListener('pointercancel', end);
    [x1, y1, x2, y2].forEach((el) => el.addEventListener('input', place));
    stage.hidden = false;
    place();
  });
}
