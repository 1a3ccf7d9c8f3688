// Creating or changing a staff user: name, email, roles, language, phone, whether they may sign
// in, and their delegation while absent. No password: the user chooses it from a reset link.
import { useState } from 'react';
import { MultiSelect, SimpleGrid, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../src/domain/roles.ts';
import { useFieldErrors } from '../shared/errors.ts';
import { LanguageSelect } from '../shared/language-select.tsx';
import { useAllUsers } from '../shared/option-lists.ts';
import { RecordForm } from '../shared/record-form.tsx';
import type { UserAnswer as StaffUser } from '../../../../src/http/answers.ts';
import { useSave } from '../shared/use-save.ts';
import { useSession } from '../../session.ts';
import { dayOf, endOfDay } from './delegation.ts';
import { DelegationFields } from './delegation-fields.tsx';

interface Props {
  user: StaffUser | undefined;
  onSaved: (record: StaffUser) => void;
  onCancel: () => void;
}

/** The form; it closes once the server accepted it. */
export function UserForm({ user, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const users = useAllUsers();
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [roles, setRoles] = useState<string[]>(user?.roles ?? []);
  const [language, setLanguage] = useState(user?.language ?? 'fr');
  const [phone, setPhone] = useState(user?.phone ?? '');
  const [active, setActive] = useState(user?.active ?? true);
  const [delegation, setDelegation] = useState({ delegateId: user?.delegateUserId ?? null, until: dayOf(user?.delegateUntil ?? null) });
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useSave<StaffUser>('users', user?.id, onSaved);
  const errors = useFieldErrors(save.error, local);
  const candidates = (users.data ?? []).filter((u) => u.active && u.id !== user?.id);
  // Roles are given or taken away only by someone who holds them, and never on one's own account.
  const me = useSession().data?.user;
  const ownAccount = user !== undefined && user.id === me?.id;
  const held = (role: string) => me?.roles.includes(role) ?? false;

  const submit = () => {
    const problems: Record<string, string> = {};
    if (roles.length === 0) problems.roles = t('admin.users.needRole');
    if (delegation.delegateId && !delegation.until) problems.delegateUntil = t('admin.validation.required');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate({
      name: name.trim(),
      email: email.trim(),
      roles,
      language,
      phone: phone.trim() || null,
      active,
      delegateUserId: delegation.delegateId,
      delegateUntil: delegation.delegateId ? endOfDay(delegation.until) : null,
    });
  };

  return (
    <RecordForm save={save} onSubmit={submit} onCancel={onCancel} localProblems={Object.keys(local).length > 0}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('admin.common.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />
        <TextInput label={t('admin.users.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} autoComplete="off" />
      </SimpleGrid>
      <MultiSelect
        label={t('admin.users.roles')}
        description={ownAccount ? t('admin.users.ownRoles') : `${t('admin.users.rolesHelp')} ${t('admin.users.rolesHeld')}`}
        required
        disabled={ownAccount}
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`), disabled: !held(role) }))}
        value={roles}
        onChange={setRoles}
        error={errors.roles}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LanguageSelect value={language} onChange={setLanguage} error={errors.language} />
        <TextInput label={t('admin.users.phone')} type="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={errors.phone} />
      </SimpleGrid>
      <Switch label={t('admin.users.active')} description={t('admin.users.activeHelp')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
      {!user && (
        <Text size="sm" c="dimmed">
          {t('admin.users.passwordHelp')}
        </Text>
      )}
      <DelegationFields
        candidates={candidates}
        delegateId={delegation.delegateId}
        until={delegation.until}
        onChange={setDelegation}
        errors={errors}
      />
    </RecordForm>
  );
}
