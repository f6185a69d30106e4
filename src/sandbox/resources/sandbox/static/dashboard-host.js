/*
 * The sandbox's stand-in for Jira's dashboard: a minimal registry of named AMD modules (define/require, loaded before
 * the plugin's scripts; without define.amd, so that UMD bundles such as AUI still set their globals) and, once the page is ready, one dashboard item per .sandbox-gadget, created from its AMD module with the
 * dashboard item API Jira hands to items: savePreferences, closeEdit, resize, setTitle, loading bar, isEditable. Also
 * AJS.contextPath(), which Jira adds to AUI.
 */
(function (window, document) {
    'use strict';
    // Jira defines AJS.contextPath() before AUI loads, and AUI takes it over; the sandbox serves everything at the root.
    window.AJS = window.AJS || {};
    window.AJS.contextPath = function () {
        return '';
    };
    var definitions = {};
    var modules = {};

    window.define = function (name, dependencies, factory) {
        if (typeof name === 'string') {
            definitions[name] = {dependencies: dependencies, factory: factory};
        }
    };
    window.require = function (name) {
        if (!Object.prototype.hasOwnProperty.call(modules, name)) {
            var definition = definitions[name];
            if (!definition) {
                throw new Error('AMD module ' + name + ' is not defined');
            }
            modules[name] = definition.factory.apply(window, definition.dependencies.map(window.require));
        }
        return modules[name];
    };

    function start(gadget) {
        var body = gadget.querySelector('.sandbox-gadget-body');
        var preferences = JSON.parse(gadget.getAttribute('data-preferences') || '{}');
        var resizes = 0;
        var item;
        var API = {
            savePreferences: function (saved) {
                preferences = saved;
                gadget.setAttribute('data-preferences', JSON.stringify(saved));
                item.render(window.jQuery(body), preferences);
            },
            closeEdit: function () {
                item.render(window.jQuery(body), preferences);
            },
            resize: function () {
                resizes++;
                gadget.setAttribute('data-resized', String(resizes));
            },
            setTitle: function (title) {
                gadget.querySelector('.sandbox-gadget-title').textContent = title;
            },
            showLoadingBar: function () {
                gadget.classList.add('sandbox-gadget-loading');
            },
            hideLoadingBar: function () {
                gadget.classList.remove('sandbox-gadget-loading');
            },
            isEditable: function () {
                return true;
            }
        };
        var Item = window.require(gadget.getAttribute('data-amd-module'));
        item = new Item(API);
        item.render(window.jQuery(body), preferences);
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('.sandbox-gadget'), start);
    });
}(window, document));
