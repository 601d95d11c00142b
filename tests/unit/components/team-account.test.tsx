import { describe, expect, it, vi } from 'vitest';
import { TeamAccount, type TeamAccountProps } from '@/components/options/TeamAccount';
import { TeamProject } from '@/components/options/TeamProject';
import { button, buttons, click, field, mount, statusText, submit, type } from './render';

const ok = async () => null;
const account = (patch: Partial<TeamAccountProps> = {}): TeamAccountProps => ({
  user: null,
  onSignIn: vi.fn(ok),
  onSignUp: vi.fn(ok),
  onSendCode: vi.fn(ok),
  onVerifyCode: vi.fn(ok),
  onSignOut: vi.fn(ok),
  ...patch,
});
const pendingThenOk = (count: number) =>
  vi.fn(async (discard: boolean) => (discard ? null : [{ code: 'pendingChanges', path: '', params: { count } }]));

describe('signing in', () => {
  it('by email and password, or creating the account', async () => {
    const props = account();
    const root = await mount(<TeamAccount {...props} />);
    await type(field(root, 'Email'), ' sara@example.com ');
    await type(field(root, 'Password'), 'correct horse');
    await click(button(root, 'Sign in'));
    expect(props.onSignIn).toHaveBeenCalledWith('sara@example.com', 'correct horse');
    await click(button(root, 'Create account'));
    expect(props.onSignUp).toHaveBeenCalledWith('sara@example.com', 'correct horse');
  });

  it('says which field is missing instead of sending', async () => {
    const props = account();
    const root = await mount(<TeamAccount {...props} />);
    await click(button(root, 'Sign in'));
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Email: a required value is missing');
    expect(props.onSignIn).not.toHaveBeenCalled();
  });

  it('by a code sent to the email, verified in its own field', async () => {
    const props = account({ onVerifyCode: vi.fn(async () => [{ code: 'codeInvalid', path: '' }]) });
    const root = await mount(<TeamAccount {...props} />);
    expect(() => field(root, 'Code')).toThrow();
    await type(field(root, 'Email'), 'sara@example.com');
    await click(button(root, 'Email me a code'));
    expect(props.onSendCode).toHaveBeenCalledWith('sara@example.com');
    expect(statusText(root)).toEqual(['A code was sent to sara@example.com.']);
    await type(field(root, 'Code'), '123456');
    await submit(field(root, 'Code').form!);
    expect(props.onVerifyCode).toHaveBeenCalledWith('sara@example.com', '123456');
    expect(props.onSignIn).not.toHaveBeenCalled();
    expect(root.textContent).toContain('the code is wrong or has expired');
  });
});

describe('creating an account on a project that confirms addresses (hosted Supabase)', () => {
  it('asks for the code the confirmation email holds, and verifies it in the code field', async () => {
    const props = account({
      onSignUp: vi.fn(async () => [{ code: 'confirmEmail', path: '', params: { email: 'sara@example.com' } }]),
    });
    const root = await mount(<TeamAccount {...props} />);
    await type(field(root, 'Email'), 'sara@example.com');
    await type(field(root, 'Password'), 'correct horse');
    await click(button(root, 'Create account'));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(statusText(root)).toEqual([
      'Check your email: a code was sent to sara@example.com to confirm the address. Enter it here to finish creating your account.',
    ]);
    await type(field(root, 'Code'), '654321');
    await submit(field(root, 'Code').form!);
    expect(props.onVerifyCode).toHaveBeenCalledWith('sara@example.com', '654321');
  });

  it("says each of GoTrue's answers in words, in English and Arabic", async () => {
    for (const [code, params, en] of [
      ['userExists', undefined, 'an account with this email already exists: sign in instead'],
      [
        'emailNotConfirmed',
        undefined,
        'this address is not confirmed yet: enter the code from the confirmation email, or ask for a new code with “Email me a code”',
      ],
      [
        'emailWait',
        { seconds: 42 },
        'an email was just sent to this address: wait 42 seconds before asking for another',
      ],
    ] as const) {
      const props = account({ onSignIn: vi.fn(async () => [{ code, path: '', ...(params ? { params } : {}) }]) });
      const root = await mount(<TeamAccount {...props} />);
      await type(field(root, 'Email'), 'sara@example.com');
      await type(field(root, 'Password'), 'correct horse');
      await click(button(root, 'Sign in'));
      expect(root.querySelector('[role="alert"]')!.textContent).toBe(en);
    }
  });
});

describe('signing out', () => {
  const user = { id: 'u1', email: 'sara@example.com' };

  it('signs out straight away when everything reached the server', async () => {
    const props = account({ user });
    const root = await mount(<TeamAccount {...props} />);
    expect(root.textContent).toContain('Signed in as sara@example.com');
    await click(button(root, 'Sign out'));
    expect(props.onSignOut).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('with unsynced changes: says how many are lost and asks for an explicit discard', async () => {
    const onSignOut = pendingThenOk(3);
    const root = await mount(<TeamAccount {...account({ user, onSignOut })} />);
    await click(button(root, 'Sign out'));
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Changes on this computer that have not reached the server yet: 3. If you sign out now they are lost, and your team never sees them.',
    );
    expect(buttons(root)).toEqual(['Sign out and discard 3 changes', 'Cancel']);
    await click(button(root, 'Sign out and discard 3 changes'));
    expect(onSignOut.mock.calls).toEqual([[false], [true]]);
  });

  it('one change, and cancelling keeps the user signed in', async () => {
    const onSignOut = pendingThenOk(1);
    const root = await mount(<TeamAccount {...account({ user, onSignOut })} />);
    await click(button(root, 'Sign out'));
    expect(buttons(root)).toContain('Sign out and discard 1 change');
    await click(button(root, 'Cancel'));
    expect(buttons(root)).toEqual(['Sign out']);
    expect(onSignOut).toHaveBeenCalledOnce();
  });

  it('in Arabic, with the count in Arabic digits and the plural Arabic needs', async () => {
    const root = await mount(<TeamAccount {...account({ user, onSignOut: pendingThenOk(3) })} />, 'ar');
    await click(button(root, 'تسجيل الخروج'));
    expect(buttons(root)).toEqual(['تسجيل الخروج وتجاهل ٣ تغييرات', 'إلغاء']);
    expect(root.textContent).toContain('مسجَّل الدخول بحساب \u2068sara@example.com\u2069');
  });
});

describe('the project', () => {
  it('sends the typed URL and key, trimmed, and says when saved', async () => {
    const onSave = vi.fn(ok);
    const root = await mount(<TeamProject config={null} onSave={onSave} onForget={ok} />);
    expect(buttons(root)).toEqual(['Save project']);
    await type(field(root, 'Project URL'), ' https://abcd.supabase.co ');
    await type(field(root, 'Anon key'), 'sb_publishable_abc ');
    await click(button(root, 'Save project'));
    expect(onSave).toHaveBeenCalledWith({ url: 'https://abcd.supabase.co', anonKey: 'sb_publishable_abc' });
    expect(statusText(root)).toEqual(['Project saved.']);
  });

  it('shows a refused permission in words', async () => {
    const root = await mount(
      <TeamProject config={null} onSave={async () => [{ code: 'permissionDenied', path: '' }]} onForget={ok} />,
    );
    await click(button(root, 'Save project'));
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'the browser did not allow Wasla to reach this address',
    );
    expect(statusText(root)).toEqual([]);
  });

  it('forgetting the project asks first, then clears the form', async () => {
    const onForget = vi.fn(ok);
    const root = await mount(
      <TeamProject config={{ url: 'https://abcd.supabase.co', anonKey: 'a.b.c' }} onSave={ok} onForget={onForget} />,
    );
    expect(field(root, 'Project URL').value).toBe('https://abcd.supabase.co');
    await click(button(root, 'Forget project'));
    expect(onForget).not.toHaveBeenCalled();
    await click(button(root, 'Yes, forget project'));
    expect(onForget).toHaveBeenCalledOnce();
    expect(field(root, 'Project URL').value).toBe('');
  });
});
