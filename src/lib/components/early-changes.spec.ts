import { describe, expect, it } from 'vitest';
import { replayEarlyChanges, type EarlyChanges } from './early-changes';

/** A form control as hydration leaves it: back to the prerendered value, recording what it is sent. */
class FakeControl extends EventTarget {
	isConnected = true;
	checked = false;
	value = '';
	received: string[] = [];
	constructor(readonly type: string) {
		super();
		for (const type of ['input', 'change'])
			this.addEventListener(type, (event) => {
				expect(event.bubbles).toBe(true);
				this.received.push(
					`${type}:${this.type === 'checkbox' || this.type === 'radio' ? this.checked : this.value}`
				);
			});
	}
}

const kept = (...events: EarlyChanges['events']): EarlyChanges => ({ done: false, events });

describe('replayEarlyChanges', () => {
	it('sets each control back to what was chosen and sends the events it had, once', () => {
		const box = new FakeControl('checkbox');
		const count = new FakeControl('number');
		const early = kept(
			{ target: box, type: 'input', checked: true },
			{ target: box, type: 'change', checked: true },
			{ target: count, type: 'input', value: '3' },
			{ target: count, type: 'input', value: '33' },
			{ target: count, type: 'change', value: '33' }
		);
		expect(replayEarlyChanges(early)).toBe(2);
		expect(box.checked).toBe(true);
		expect(box.received).toEqual(['input:true', 'change:true']);
		expect(count.value).toBe('33');
		expect(count.received).toEqual(['input:33', 'change:33']);
		// Done: what comes later is the app's to handle, and a second call replays nothing.
		expect(early.done).toBe(true);
		expect(early.events).toEqual([]);
		expect(replayEarlyChanges(early)).toBe(0);
		expect(box.received).toHaveLength(2);
	});

	it('sends only the events that came: a text field still being typed in gets input, not change', () => {
		const name = new FakeControl('text');
		replayEarlyChanges(kept({ target: name, type: 'input', value: 'Ali' }));
		expect(name.received).toEqual(['input:Ali']);
	});

	it('replays controls in the order of their last change, so the radio chosen last is the one kept', () => {
		const light = new FakeControl('radio');
		const dark = new FakeControl('radio');
		const order: string[] = [];
		light.addEventListener('change', () => order.push('light'));
		dark.addEventListener('change', () => order.push('dark'));
		replayEarlyChanges(
			kept(
				{ target: light, type: 'change', checked: true },
				{ target: dark, type: 'change', checked: true },
				{ target: light, type: 'change', checked: true }
			)
		);
		expect(order).toEqual(['dark', 'light']);
	});

	it('leaves alone a control drawn again since, a file input’s value, and what is not a control', () => {
		const gone = new FakeControl('checkbox');
		gone.isConnected = false;
		const file = new FakeControl('file');
		file.value = 'C:\\fakepath\\backup.json';
		expect(
			replayEarlyChanges(
				kept(
					{ target: gone, type: 'change', checked: true },
					{ target: file, type: 'change', value: 'C:\\fakepath\\backup.json' },
					{ target: new EventTarget(), type: 'change' },
					{ target: null, type: 'input' }
				)
			)
		).toBe(1);
		expect(gone.received).toEqual([]);
		expect(gone.checked).toBe(false);
		expect(file.received).toEqual(['change:C:\\fakepath\\backup.json']);
	});

	it('taps a kept button again once, after the changes, and not one gone or switched off since', () => {
		const order: string[] = [];
		const button = (name: string) =>
			Object.assign(new EventTarget(), {
				isConnected: true,
				disabled: false,
				value: '',
				click: () => order.push(`click:${name}`)
			});
		const reveal = button('reveal');
		const gone = Object.assign(button('gone'), { isConnected: false });
		const off = Object.assign(button('off'), { disabled: true });
		const box = new FakeControl('checkbox');
		box.addEventListener('change', () => order.push('change:box'));
		const early = kept(
			{ target: reveal, type: 'click' },
			{ target: gone, type: 'click' },
			{ target: reveal, type: 'click' },
			{ target: off, type: 'click' },
			{ target: box, type: 'change', checked: true }
		);
		expect(replayEarlyChanges(early)).toBe(2);
		// Tapped twice before the code ran: the reveal is given once, and its value is left as it was.
		expect(order).toEqual(['change:box', 'click:reveal']);
		expect(reveal.value).toBe('');
	});

	it('does nothing where app.html kept nothing (a test page, an old cached page)', () => {
		expect(replayEarlyChanges(undefined)).toBe(0);
	});
});
