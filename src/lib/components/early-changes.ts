/**
 * Controls changed before the app's code ran (a slow phone): no handler saw the change, and hydration put each
 * control back as the page was prerendered. app.html keeps those events; once the page is hydrated, each
 * control is set again to what the person chose and its events are dispatched, so its handler runs as if the
 * app had been there all along (a setting is saved). Forms that cannot take a change before their data is read
 * (the quiz form, the study filters) are inert or disabled until then instead. A button marked
 * `data-early-click` (the study card's Show answer) is tapped again for the person, once, if it still stands.
 */

/** One event app.html kept, with the control's value as it was then. */
export interface EarlyEvent {
	target: EventTarget | null;
	type: string;
	checked?: boolean;
	value?: string;
}

/** What app.html keeps on `window.__sourcedeckEarly`; `done` stops it keeping more. */
export interface EarlyChanges {
	done: boolean;
	events: EarlyEvent[];
}

/** The part of a form control this needs (an input, a select, a textarea). */
type Control = EventTarget & { isConnected: boolean; type?: string; checked?: boolean; value?: string };

interface LastChange {
	checked?: boolean;
	value?: string;
	types: Set<string>;
}

const isControl = (target: EventTarget | null): target is Control =>
	target !== null && 'isConnected' in target && 'value' in target;

/** A button app.html kept a tap on (the part of an HTMLButtonElement this needs). */
type TappedButton = EventTarget & { isConnected: boolean; disabled?: boolean; click(): void };

const isButton = (target: EventTarget | null): target is TappedButton =>
	target !== null && 'isConnected' in target && 'click' in target;

/**
 * Replays the kept changes, once, in the order of each control's last event (a radio chosen last wins), then
 * the taps (each button once, however often it was tapped), and stops app.html keeping more. Returns how many
 * controls and buttons were replayed.
 */
export function replayEarlyChanges(
	early: EarlyChanges | undefined = (globalThis as { __sourcedeckEarly?: EarlyChanges }).__sourcedeckEarly
): number {
	if (!early || early.done) return 0;
	early.done = true;
	const latest = new Map<Control, LastChange>();
	const tapped = new Set<TappedButton>();
	for (const { target, type, checked, value } of early.events.splice(0)) {
		if (type === 'click') {
			if (isButton(target)) tapped.add(target);
			continue;
		}
		if (!isControl(target)) continue;
		const types = latest.get(target)?.types ?? new Set<string>();
		types.add(type);
		// Moved to the end: the map's order is the order of each control's last event.
		latest.delete(target);
		latest.set(target, { checked, value, types });
	}
	let replayed = 0;
	for (const [control, last] of latest) {
		// Drawn again since (the page changed what it shows): the change belongs to a control that is gone.
		if (!control.isConnected) continue;
		if (control.type === 'checkbox' || control.type === 'radio') control.checked = last.checked;
		// A file input keeps its files and cannot be given a value.
		else if (control.type !== 'file') control.value = last.value;
		for (const type of ['input', 'change'])
			if (last.types.has(type)) control.dispatchEvent(new Event(type, { bubbles: true }));
		replayed++;
	}
	for (const button of tapped) {
		// Gone or switched off since (the page drew something else): the tap was for what is no longer there.
		if (!button.isConnected || button.disabled) continue;
		button.click();
		replayed++;
	}
	return replayed;
}
