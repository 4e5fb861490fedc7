import { DEFAULT_USER_PREFERENCES, type ApiErrorBody, type CurrentUser } from '@duban/contracts';
import request from 'supertest';
import { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

describe('Preferences (GET /api/me, PATCH /api/me/preferences)', () => {
  const suite = useTestApp();

  it('start at the defaults and come back with the signed-in user', async () => {
    const member = await suite.factory.user('member');
    const me = (await member.get('/api/me').expect(200)).body as CurrentUser;
    expect(me).toEqual({ ...member.user, preferences: DEFAULT_USER_PREFERENCES });
  });

  it('are saved per user, any subset at a time, and follow the user to a new sign-in', async () => {
    const member = await suite.factory.user('member');
    const other = await suite.factory.user('member');

    const language = await member.patch('/api/me/preferences', { language: 'zh-CN' }).expect(200);
    expect(language.body).toEqual({ language: 'zh-CN', cardDensity: 'comfortable' });
    const density = await member.patch('/api/me/preferences', { cardDensity: 'compact' }).expect(200);
    expect(density.body).toEqual({ language: 'zh-CN', cardDensity: 'compact' });

    const again = await ApiClient.login(suite.testApp.url, member.user.username, 'password-1234');
    expect(((await again.get('/api/me').expect(200)).body as CurrentUser).preferences).toEqual({
      language: 'zh-CN',
      cardDensity: 'compact',
    });
    // Someone else's preferences are theirs alone.
    expect(((await other.get('/api/me').expect(200)).body as CurrentUser).preferences).toEqual(
      DEFAULT_USER_PREFERENCES,
    );

    // Null hands the choice back to the browser.
    const reset = await member.patch('/api/me/preferences', { language: null }).expect(200);
    expect(reset.body).toEqual({ language: null, cardDensity: 'compact' });
  });

  it('refuse unknown values and fields, naming the field', async () => {
    const member = await suite.factory.user('leader');
    const cases: [object, string][] = [
      [{ language: 'fr' }, 'language'],
      [{ cardDensity: 'tiny' }, 'cardDensity'],
      [{ theme: 'dark' }, 'theme'],
    ];
    for (const [body, field] of cases) {
      const response = await member.patch('/api/me/preferences', body).expect(400);
      expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain(field);
    }
    await request(suite.testApp.url).patch('/api/me/preferences').send({ language: 'en' }).expect(401);
  });
});
