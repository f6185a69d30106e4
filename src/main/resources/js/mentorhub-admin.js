/* MentorHub program admin pages: a form marked data-mh-busy shows that it is working once sent (matching a large
   program takes a while) and cannot be sent twice. */
(function () {
    'use strict';
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.hasAttribute || !form.hasAttribute('data-mh-busy')) {
            return;
        }
        if (form.getAttribute('aria-busy') === 'true') {
            event.preventDefault();
            return;
        }
        form.setAttribute('aria-busy', 'true');
        var button = form.querySelector('button[type=submit][data-busy-text]');
        if (button) {
            // Disabled after the browser has collected the form data, so the button's own value still goes along.
            window.setTimeout(function () {
                button.disabled = true;
                button.setAttribute('aria-disabled', 'true');
                button.textContent = button.getAttribute('data-busy-text');
                var spinner = document.createElement('span');
                spinner.className = 'aui-icon aui-icon-wait mentorhub-busy';
                button.insertBefore(spinner, button.firstChild);
            }, 0);
        }
    });
}());
