// Optional enhancement: folds the primary navigation behind a button on small screens.
// Without JavaScript the navigation is a plain visible list.
(function () {
  'use strict';
  var nav = document.getElementById('primary-nav');
  if (!nav) { return; }
  document.documentElement.classList.add('js');
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'menu-toggle';
  button.textContent = nav.getAttribute('data-toggle-label') || 'Menu';
  button.setAttribute('aria-controls', 'primary-nav');
  button.setAttribute('aria-expanded', 'false');
  nav.classList.add('is-collapsed');
  nav.parentNode.insertBefore(button, nav);
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    nav.classList.toggle('is-collapsed', open);
  });
}());
