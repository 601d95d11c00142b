import { useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';
import type { SignedInUser } from '@/utils/sync/status';
import { isolate } from '../sync/text';
import { ProblemList } from '../problems';
import { PendingChangesConfirm, useAction, usePendingChangesFlow, type Refusal } from './TeamShared';
import { useI18n } from '../i18n';

export interface TeamAccountProps {
  user: SignedInUser | null;
  onSignIn: (email: string, password: string) => Refusal;
  onSignUp: (email: string, password: string) => Refusal;
  onSendCode: (email: string) => Refusal;
  onVerifyCode: (email: string, code: string) => Refusal;
  onSignOut: (discardPending: boolean) => Refusal;
}

export function TeamAccount(props: TeamAccountProps) {
  return props.user ? <SignedIn email={props.user.email} onSignOut={props.onSignOut} /> : <SignedOut {...props} />;
}

function SignedIn({ email, onSignOut }: { email: string; onSignOut: TeamAccountProps['onSignOut'] }) {
  const { t, locale } = useI18n();
  const signOut = usePendingChangesFlow(onSignOut);
  return (
    <>
      <p>{t('team.signedInAs', { email: isolate(email, locale) })}</p>
      {signOut.pending === null ? (
        <p>
          <button type="button" onClick={signOut.start}>
            {t('team.signOut')}
          </button>
        </p>
      ) : (
        <PendingChangesConfirm
          count={signOut.pending}
          explanation="team.pendingSignOut"
          confirm="team.discardSignOut"
          onConfirm={signOut.discard}
          onCancel={signOut.cancel}
        />
      )}
      <ProblemList problems={signOut.problems} />
    </>
  );
}

/** Email and password, or a one-time code sent to the email: both end signed in. */
function SignedOut(props: TeamAccountProps) {
  const { t, locale } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [codeSentTo, setCodeSentTo] = useState<string | null>(null);
  /** The code on its way confirms a new account (sign-up on a project that confirms addresses). */
  const [confirming, setConfirming] = useState(false);
  const missing = (label: string): Problem[] => [{ code: 'required', path: label }];
  const account = useAction(async (kind: 'signIn' | 'signUp' | 'sendCode') => {
    const address = email.trim();
    if (!address) return missing(t('team.email'));
    if (kind === 'sendCode') {
      const refused = await props.onSendCode(address);
      if (!refused) {
        setCodeSentTo(address);
        setConfirming(false);
      }
      return refused;
    }
    if (!password) return missing(t('team.password'));
    if (kind === 'signIn') return props.onSignIn(address, password);
    const refused = await props.onSignUp(address, password);
    // No session yet: the project e-mailed a confirmation code, which the code form below takes.
    if (refused?.length === 1 && refused[0]!.code === 'confirmEmail') {
      setCodeSentTo(address);
      setConfirming(true);
      return null;
    }
    return refused;
  });
  const verify = useAction(async () =>
    code.trim() ? props.onVerifyCode(codeSentTo ?? email.trim(), code.trim()) : missing(t('team.code')),
  );

  return (
    <>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void account.run('signIn');
        }}
      >
        <label for="team-email">{t('team.email')}</label>
        <input
          id="team-email"
          type="email"
          dir="ltr"
          autocomplete="email"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <label for="team-password">{t('team.password')}</label>
        <input
          id="team-password"
          type="password"
          dir="ltr"
          autocomplete="current-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <p class="row">
          <button type="submit">{t('team.signIn')}</button>
          <button type="button" onClick={() => void account.run('signUp')}>
            {t('team.signUp')}
          </button>
        </p>
        <p class="muted">{t('team.codeHint')}</p>
        <p>
          <button type="button" onClick={() => void account.run('sendCode')}>
            {t('team.sendCode')}
          </button>
        </p>
        <ProblemList problems={account.problems} />
      </form>
      {codeSentTo !== null && (
        // A form of its own, so Enter in the code field verifies the code instead of signing in with a password.
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void verify.run();
          }}
        >
          <p role="status">
            {t(confirming ? 'team.confirmCodeSent' : 'team.codeSent', { email: isolate(codeSentTo, locale) })}
          </p>
          <label for="team-code">{t('team.code')}</label>
          <input
            id="team-code"
            dir="ltr"
            inputMode="numeric"
            autocomplete="one-time-code"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          <p>
            <button type="submit">{t('team.verifyCode')}</button>
          </p>
          <ProblemList problems={verify.problems} />
        </form>
      )}
    </>
  );
}
