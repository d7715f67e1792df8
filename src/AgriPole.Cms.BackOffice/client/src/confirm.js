// Buttons with data-confirm ask before submitting their form (trash, delete, rollback).
export function initConfirm(root) {
  root.querySelectorAll('[data-confirm]').forEach((button) => {
    button.addEventListener('click', (event) => {
      if (!window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
}
