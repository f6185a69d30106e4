/* MentorHub pages: shared behaviour. Marks the page once AUI is ready, so browser tests can wait for it. */
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        document.body.setAttribute('data-mentorhub-ready', 'true');
    });
}());
