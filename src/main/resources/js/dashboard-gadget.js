/*
 * MentorHub dashboard gadget: one program's dashboard from GET /rest/mentorhub/1.0/programs/{id}/dashboard, drawn
 * with AUI classes, inline SVG and DOM text nodes. Data is only ever set as text (textContent, option text, SVG
 * <title> text), never parsed as markup. Shared by the Jira dashboard item (AMD module "mentorhub/dashboard-item")
 * and the OpenSocial gadget (gadgets/mentorhub-dashboard.xml).
 */
(function (window, document) {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var REST = '/rest/mentorhub/1.0';
    /** Below this width (px) the sections stack in one column. */
    var NARROW_BELOW = 560;
    var PERIOD_WEEKS = [4, 12, 26, 52];
    var DEFAULT_WEEKS = 12;
    var DAY_MS = 24 * 60 * 60 * 1000;
    var formIds = 0;
    var observers = typeof window.WeakMap === 'function' ? new window.WeakMap() : null;

    function el(tag, className, text) {
        var element = document.createElement(tag);
        if (className) {
            element.className = className;
        }
        if (text !== undefined && text !== null) {
            element.textContent = String(text);
        }
        return element;
    }

    function svg(tag, attributes) {
        var element = document.createElementNS(SVG, tag);
        Object.keys(attributes).forEach(function (name) {
            element.setAttribute(name, String(attributes[name]));
        });
        return element;
    }

    function clear(container) {
        while (container.firstChild) {
            container.removeChild(container.firstChild);
        }
    }

    function isoDay(date) {
        function two(n) {
            return (n < 10 ? '0' : '') + n;
        }
        return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate());
    }

    function oneDecimal(value) {
        return (Math.round(value * 10) / 10).toFixed(1);
    }

    function signed(text, value) {
        return value > 0 ? '+' + text : text;
    }

    /** The last {@code weeks} weeks up to and including {@code today} (a Date; the browser's local day). */
    function period(weeks, today) {
        var last = new Date(today.getFullYear(), today.getMonth(), today.getDate());
        var first = new Date(last.getTime() - (weeks * 7 - 1) * DAY_MS);
        return {from: isoDay(first), to: isoDay(last)};
    }

    function weeksOf(preferences) {
        var weeks = parseInt(preferences && preferences.weeks, 10);
        return PERIOD_WEEKS.indexOf(weeks) >= 0 ? weeks : DEFAULT_WEEKS;
    }

    function dashboardPath(programId, range) {
        return REST + '/programs/' + encodeURIComponent(programId) + '/dashboard?from=' + range.from + '&to=' + range.to;
    }

    function getJson(url, onSuccess, onFailure) {
        var request = new window.XMLHttpRequest();
        request.open('GET', url);
        request.setRequestHeader('Accept', 'application/json');
        request.onload = function () {
            var body = null;
            try {
                body = JSON.parse(request.responseText);
            } catch (ignored) {
                body = null;
            }
            if (request.status >= 200 && request.status < 300 && body) {
                onSuccess(body);
            } else {
                onFailure(request.status, body);
            }
        };
        request.onerror = function () {
            onFailure(0, null);
        };
        request.send();
    }

    function statusText(status) {
        var texts = {
            DRAFT: AJS.I18n.getText('mentorhub.gadget.status.DRAFT'),
            ENROLLING: AJS.I18n.getText('mentorhub.gadget.status.ENROLLING'),
            MATCHING: AJS.I18n.getText('mentorhub.gadget.status.MATCHING'),
            RUNNING: AJS.I18n.getText('mentorhub.gadget.status.RUNNING'),
            CLOSED: AJS.I18n.getText('mentorhub.gadget.status.CLOSED')
        };
        return texts[status] || status;
    }

    /** An ISO-8601 period such as P14D or P1M as words; anything unusual as it is. */
    function cadenceText(cadence) {
        var parts = /^P(?:(\d+)M)?(?:(\d+)D)?$/.exec(cadence || '');
        if (!parts || (parts[1] && parts[2])) {
            return cadence;
        }
        if (parts[1]) {
            return AJS.I18n.getText('mentorhub.gadget.cadence.months', parts[1]);
        }
        var days = parseInt(parts[2], 10);
        return days % 7 === 0 ? AJS.I18n.getText('mentorhub.gadget.cadence.weeks', days / 7)
            : AJS.I18n.getText('mentorhub.gadget.cadence.days', days);
    }

    /** A big number with its label; {@code kpi} names it for tests and styling. */
    function tile(kpi, value, label, note) {
        var box = el('div', 'mentorhub-dashboard-tile');
        var number = el('div', 'mentorhub-dashboard-number', value);
        number.setAttribute('data-kpi', kpi);
        box.appendChild(number);
        box.appendChild(el('div', 'mentorhub-dashboard-label', label));
        if (note) {
            box.appendChild(el('div', 'mentorhub-dashboard-note', note));
        }
        return box;
    }

    /** A labelled AUI progress bar for {@code done} of {@code total}. */
    function progress(kpi, label, done, total) {
        var row = el('div', 'mentorhub-dashboard-progress');
        var head = el('div', 'mentorhub-dashboard-progress-head');
        head.appendChild(el('span', 'mentorhub-dashboard-progress-label', label));
        var value = el('span', 'mentorhub-dashboard-progress-value', AJS.I18n.getText('mentorhub.gadget.ofTotal', done, total));
        value.setAttribute('data-kpi', kpi);
        head.appendChild(value);
        row.appendChild(head);
        var fraction = total > 0 ? done / total : 0;
        var bar = el('div', 'aui-progress-indicator');
        bar.setAttribute('role', 'progressbar');
        bar.setAttribute('aria-label', label);
        bar.setAttribute('aria-valuemin', '0');
        bar.setAttribute('aria-valuemax', String(total));
        bar.setAttribute('aria-valuenow', String(done));
        bar.setAttribute('data-value', String(fraction));
        var fill = el('span', 'aui-progress-indicator-value');
        fill.style.width = (fraction * 100).toFixed(1) + '%';
        bar.appendChild(fill);
        row.appendChild(bar);
        return row;
    }

    function section(name, heading) {
        var part = el('section', 'mentorhub-dashboard-section mentorhub-dashboard-' + name);
        part.appendChild(el('h4', null, heading));
        return part;
    }

    /** The section, saying that it has nothing to show. */
    function withNote(part, text) {
        part.appendChild(el('p', 'mentorhub-dashboard-empty', text));
        return part;
    }

    /** Goals completed per week as inline SVG bars, scaled to the best week, each with a tooltip. */
    function trendChart(weeks) {
        var most = weeks.reduce(function (max, week) {
            return Math.max(max, week.count);
        }, 0);
        var width = Math.max(weeks.length, 1) * 10;
        var height = 40;
        var chart = svg('svg', {
            'class': 'mentorhub-dashboard-trend-chart', viewBox: '0 0 ' + width + ' ' + (height + 1),
            preserveAspectRatio: 'none', role: 'img'
        });
        chart.setAttribute('aria-label', AJS.I18n.getText('mentorhub.gadget.trend.heading'));
        weeks.forEach(function (week, index) {
            var barHeight = most > 0 ? Math.max(week.count / most * height, week.count > 0 ? 2 : 0) : 0;
            var bar = svg('rect', {
                'class': 'mentorhub-dashboard-trend-bar', x: index * 10 + 1, y: height - barHeight, width: 8, height: barHeight,
                'data-count': week.count
            });
            var tooltip = svg('title', {});
            tooltip.textContent = AJS.I18n.getText('mentorhub.gadget.trend.week', week.weekStart, week.count);
            bar.appendChild(tooltip);
            chart.appendChild(bar);
        });
        chart.appendChild(svg('line', {'class': 'mentorhub-dashboard-trend-axis', x1: 0, y1: height + 0.5, x2: width, y2: height + 0.5}));
        return chart;
    }

    function trendSection(weeks) {
        var part = section('trend', AJS.I18n.getText('mentorhub.gadget.trend.heading'));
        var total = weeks.reduce(function (sum, week) {
            return sum + week.count;
        }, 0);
        var summary = el('div', 'mentorhub-dashboard-trend-total', AJS.I18n.getText('mentorhub.gadget.trend.total', total));
        summary.setAttribute('data-kpi', 'goals-completed-in-period');
        part.appendChild(summary);
        part.appendChild(trendChart(weeks));
        if (weeks.length > 0) {
            var axis = el('div', 'mentorhub-dashboard-trend-dates');
            axis.appendChild(el('span', null, weeks[0].weekStart));
            axis.appendChild(el('span', null, weeks[weeks.length - 1].weekStart));
            part.appendChild(axis);
        }
        return part;
    }

    function feedbackSection(feedback) {
        var part = section('feedback', AJS.I18n.getText('mentorhub.gadget.feedback.heading'));
        if (feedback.responses === 0) {
            return withNote(part, AJS.I18n.getText('mentorhub.gadget.feedback.none'));
        }
        var figures = el('div', 'mentorhub-dashboard-figures');
        var none = AJS.I18n.getText('mentorhub.gadget.notAvailable');
        var rating = typeof feedback.averageRating === 'number'
            ? AJS.I18n.getText('mentorhub.gadget.feedback.ratingValue', oneDecimal(feedback.averageRating)) : none;
        var enps = typeof feedback.enps.score === 'number' ? signed(String(Math.round(feedback.enps.score)), feedback.enps.score) : none;
        var confidence = typeof feedback.confidenceChange === 'number'
            ? signed(oneDecimal(feedback.confidenceChange), feedback.confidenceChange) : none;
        figures.appendChild(tile('average-rating', rating, AJS.I18n.getText('mentorhub.gadget.feedback.rating')));
        figures.appendChild(tile('enps', enps, AJS.I18n.getText('mentorhub.gadget.feedback.enps'),
            AJS.I18n.getText('mentorhub.gadget.feedback.enpsParts', feedback.enps.promoters, feedback.enps.passives, feedback.enps.detractors)));
        figures.appendChild(tile('confidence-change', confidence, AJS.I18n.getText('mentorhub.gadget.feedback.confidence')));
        part.appendChild(figures);
        var responses = el('p', 'mentorhub-dashboard-note', AJS.I18n.getText('mentorhub.gadget.feedback.responses', feedback.responses));
        responses.setAttribute('data-kpi', 'feedback-responses');
        part.appendChild(responses);
        return part;
    }

    function names(people) {
        return people.map(function (person) {
            return person.displayName;
        }).join(', ');
    }

    function atRiskSection(atRisk) {
        var part = section('at-risk', AJS.I18n.getText('mentorhub.gadget.atRisk.heading'));
        if (atRisk.total === 0) {
            return withNote(part, AJS.I18n.getText('mentorhub.gadget.atRisk.none'));
        }
        var list = el('ul', 'mentorhub-dashboard-at-risk-list');
        atRisk.pairs.forEach(function (pair) {
            var item = el('li', 'mentorhub-dashboard-at-risk-pair');
            item.setAttribute('data-pairing-id', pair.pairingId);
            item.appendChild(el('div', 'mentorhub-dashboard-pair',
                AJS.I18n.getText('mentorhub.gadget.atRisk.pair', pair.mentor.displayName, names(pair.mentees))));
            var reasons = el('ul', 'mentorhub-dashboard-reasons');
            if (pair.noRecentCheckIn) {
                reasons.appendChild(el('li', 'mentorhub-dashboard-reason-silent',
                    AJS.I18n.getText('mentorhub.gadget.atRisk.noCheckIn', cadenceText(pair.checkInCadence))));
            }
            if (pair.firstOverdue) {
                reasons.appendChild(el('li', 'mentorhub-dashboard-reason-overdue', pair.overdueMilestones === 1
                    ? AJS.I18n.getText('mentorhub.gadget.atRisk.overdueOne', pair.firstOverdue.title, pair.firstOverdue.dueDate)
                    : AJS.I18n.getText('mentorhub.gadget.atRisk.overdueMany', pair.overdueMilestones, pair.firstOverdue.title,
                        pair.firstOverdue.dueDate)));
            }
            item.appendChild(reasons);
            list.appendChild(item);
        });
        part.appendChild(list);
        if (atRisk.total > atRisk.pairs.length) {
            part.appendChild(el('p', 'mentorhub-dashboard-note', AJS.I18n.getText('mentorhub.gadget.atRisk.more',
                atRisk.total - atRisk.pairs.length)));
        }
        return part;
    }

    /** Marks the dashboard narrow or wide by the width it has; true when that changed. */
    function fit(root) {
        var narrow = root.clientWidth > 0 && root.clientWidth < NARROW_BELOW;
        var changed = narrow !== root.classList.contains('mentorhub-dashboard-narrow');
        root.classList.toggle('mentorhub-dashboard-narrow', narrow);
        root.classList.toggle('mentorhub-dashboard-wide', !narrow);
        return changed;
    }

    /** Re-fits whenever the column changes width (dashboard layout changes, window resizes) and reports it. */
    function watchWidth(container, root, onResized) {
        if (!observers || typeof window.ResizeObserver !== 'function') {
            return;
        }
        var previous = observers.get(container);
        if (previous) {
            previous.disconnect();
        }
        var observer = new window.ResizeObserver(function () {
            if (fit(root)) {
                onResized();
            }
        });
        observer.observe(root);
        observers.set(container, observer);
    }

    /**
     * Draws the dashboard {@code data} (the REST answer) into {@code container}; {@code onResized} is called when
     * the drawing changed height, for hosts that size the gadget.
     */
    function render(container, data, onResized) {
        clear(container);
        var root = el('div', 'mentorhub-dashboard');
        var head = el('div', 'mentorhub-dashboard-head');
        head.appendChild(el('h3', 'mentorhub-dashboard-program', data.program.name));
        head.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle', statusText(data.program.status)));
        head.appendChild(el('div', 'mentorhub-dashboard-period',
            AJS.I18n.getText('mentorhub.gadget.periodRange', data.period.from, data.period.to)));
        root.appendChild(head);

        var tiles = el('div', 'mentorhub-dashboard-tiles');
        tiles.appendChild(tile('active-pairs', data.pairs.ACTIVE, AJS.I18n.getText('mentorhub.gadget.kpi.activePairs')));
        tiles.appendChild(tile('check-ins-held', data.checkInsHeld, AJS.I18n.getText('mentorhub.gadget.kpi.checkIns')));
        tiles.appendChild(tile('action-plans-completed', data.actionPlans.done, AJS.I18n.getText('mentorhub.gadget.kpi.actionPlans'),
            AJS.I18n.getText('mentorhub.gadget.ofPlans', data.actionPlans.total)));
        var risk = tile('pairs-at-risk', data.atRisk.total, AJS.I18n.getText('mentorhub.gadget.kpi.atRisk'));
        if (data.atRisk.total > 0) {
            risk.classList.add('mentorhub-dashboard-tile-warning');
        }
        tiles.appendChild(risk);
        root.appendChild(tiles);

        var body = el('div', 'mentorhub-dashboard-sections');
        var progressPart = section('progress', AJS.I18n.getText('mentorhub.gadget.progress.heading'));
        progressPart.appendChild(progress('goals', AJS.I18n.getText('mentorhub.gadget.progress.goals'), data.goals.done, data.goals.total));
        progressPart.appendChild(progress('milestones', AJS.I18n.getText('mentorhub.gadget.progress.milestones'),
            data.milestones.done, data.milestones.total));
        progressPart.appendChild(progress('action-plans', AJS.I18n.getText('mentorhub.gadget.progress.actionPlans'),
            data.actionPlans.done, data.actionPlans.total));
        progressPart.appendChild(progress('paired', AJS.I18n.getText('mentorhub.gadget.progress.paired'),
            data.participation.paired, data.participation.optedIn));
        var people = el('p', 'mentorhub-dashboard-note', AJS.I18n.getText('mentorhub.gadget.participation',
            data.participation.enrolled, data.participation.optedIn, data.participation.mentors, data.participation.mentees));
        people.setAttribute('data-kpi', 'participation');
        progressPart.appendChild(people);
        body.appendChild(progressPart);
        body.appendChild(trendSection(data.completedGoalsByWeek));
        body.appendChild(feedbackSection(data.feedback));
        body.appendChild(atRiskSection(data.atRisk));
        root.appendChild(body);

        container.appendChild(root);
        fit(root);
        watchWidth(container, root, onResized || function () {});
    }

    /** Jira's error body ({@code errorMessages}, {@code errors}) as lines of text, or a general line. */
    function renderError(container, status, body) {
        clear(container);
        var message = el('div', 'aui-message aui-message-error mentorhub-dashboard-error');
        message.appendChild(el('p', 'title', AJS.I18n.getText('mentorhub.gadget.error.title')));
        var lines = [];
        if (body && body.errorMessages) {
            lines = lines.concat(body.errorMessages);
        }
        if (body && body.errors) {
            Object.keys(body.errors).forEach(function (field) {
                lines.push(body.errors[field]);
            });
        }
        if (lines.length === 0) {
            lines.push(AJS.I18n.getText('mentorhub.gadget.error.status', status));
        }
        lines.forEach(function (line) {
            message.appendChild(el('p', null, line));
        });
        container.appendChild(message);
    }

    function field(form, label, control, help) {
        var group = el('div', 'field-group');
        var id = 'mentorhub-dashboard-field-' + (++formIds);
        var caption = el('label', null, label);
        caption.setAttribute('for', id);
        control.id = id;
        group.appendChild(caption);
        group.appendChild(control);
        if (help) {
            group.appendChild(el('div', 'description', help));
        }
        form.appendChild(group);
    }

    function option(value, text, selected) {
        var choice = el('option', null, text);
        choice.value = value;
        choice.selected = selected;
        return choice;
    }

    /**
     * The configuration form: which program (of {@code programs}, the REST page's values) and which period.
     * {@code onSave} gets the new preferences; {@code onCancel} (optional) leaves without saving.
     */
    function renderConfig(container, programs, preferences, onSave, onCancel) {
        clear(container);
        var form = el('form', 'aui mentorhub-dashboard-config');
        if (programs.length === 0) {
            form.appendChild(el('p', 'mentorhub-dashboard-empty', AJS.I18n.getText('mentorhub.gadget.config.noPrograms')));
        } else {
            var program = el('select', 'select');
            program.name = 'programId';
            programs.forEach(function (candidate) {
                program.appendChild(option(candidate.id, candidate.name, candidate.id === preferences.programId));
            });
            field(form, AJS.I18n.getText('mentorhub.gadget.config.program'), program, AJS.I18n.getText('mentorhub.gadget.config.programHelp'));
            var weeks = el('select', 'select');
            weeks.name = 'weeks';
            PERIOD_WEEKS.forEach(function (count) {
                weeks.appendChild(option(String(count), AJS.I18n.getText('mentorhub.gadget.period', count), count === weeksOf(preferences)));
            });
            field(form, AJS.I18n.getText('mentorhub.gadget.config.period'), weeks);
        }
        var buttons = el('div', 'buttons');
        if (programs.length > 0) {
            var save = el('button', 'aui-button aui-button-primary', AJS.I18n.getText('mentorhub.gadget.config.save'));
            save.type = 'submit';
            buttons.appendChild(save);
        }
        if (onCancel) {
            var cancel = el('button', 'aui-button aui-button-link', AJS.I18n.getText('mentorhub.gadget.config.cancel'));
            cancel.type = 'button';
            cancel.addEventListener('click', onCancel);
            buttons.appendChild(cancel);
        }
        var actions = el('div', 'buttons-container');
        actions.appendChild(buttons);
        form.appendChild(actions);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            onSave({programId: form.elements.programId.value, weeks: form.elements.weeks.value});
        });
        container.appendChild(form);
    }

    window.MentorHub = window.MentorHub || {};
    window.MentorHub.Dashboard = {
        PERIOD_WEEKS: PERIOD_WEEKS,
        period: period,
        weeksOf: weeksOf,
        dashboardPath: dashboardPath,
        render: render,
        renderError: renderError,
        renderConfig: renderConfig
    };

    /**
     * The Jira dashboard item: Jira creates it with its API object and calls render(), or renderEdit() to configure.
     * Preferences: {programId, weeks}.
     */
    function DashboardItem(API) {
        this.API = API;
    }

    DashboardItem.prototype.render = function ($element, preferences) {
        var API = this.API;
        var container = $element[0] || $element;
        if (!preferences || !preferences.programId) {
            this.renderEdit($element, preferences || {});
            return;
        }
        var range = period(weeksOf(preferences), new Date());
        API.showLoadingBar();
        getJson(AJS.contextPath() + dashboardPath(preferences.programId, range), function (data) {
            API.hideLoadingBar();
            render(container, data, function () {
                API.resize();
            });
            API.resize();
        }, function (status, body) {
            API.hideLoadingBar();
            renderError(container, status, body);
            API.resize();
        });
    };

    DashboardItem.prototype.renderEdit = function ($element, preferences) {
        var API = this.API;
        var container = $element[0] || $element;
        var configured = Boolean(preferences && preferences.programId);
        getJson(AJS.contextPath() + REST + '/dashboard/programs?maxResults=100', function (page) {
            renderConfig(container, page.values, preferences || {}, function (chosen) {
                API.savePreferences(chosen);
            }, configured ? function () {
                API.closeEdit();
            } : null);
            API.resize();
        }, function (status, body) {
            renderError(container, status, body);
            API.resize();
        });
    };

    if (typeof window.define === 'function') {
        window.define('mentorhub/dashboard-item', [], function () {
            return DashboardItem;
        });
    }
}(window, document));
