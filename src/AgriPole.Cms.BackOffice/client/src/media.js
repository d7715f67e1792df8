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
