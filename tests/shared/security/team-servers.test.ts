// The policy allows exactly the configured team servers: their ws/wss origins, nothing else.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicyWith, teamServerOrigin } from '@shared/security/content-security-policy';

describe('teamServerOrigin', () => {
  it.each([
    ['wss://team.example.no', 'wss://team.example.no'],
    ['wss://Team.Example.no:8443/sync?x=1', 'wss://team.example.no:8443'],
    ['ws://127.0.0.1:4428', 'ws://127.0.0.1:4428'],
    ['  ws://[::1]:1234/ ', 'ws://[::1]:1234'],
  ])('%s → %s', (address, origin) => {
    expect(teamServerOrigin(address)).toBe(origin);
  });
  it.each(['https://team.example.no', 'wss://user:pw@team.example.no', 'wss://', 'team.example.no', "wss://a.no 'unsafe-inline'", 'wss://a.no;script-src *'])('refuses %s', (address) => {
    expect(teamServerOrigin(address)).toBeNull();
  });
});

describe('contentSecurityPolicyWith', () => {
  it('is the plain policy without team servers', () => {
    expect(contentSecurityPolicyWith([])).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
  });
  it('adds exactly the configured origins to connect-src and nowhere else', () => {
    const policy = contentSecurityPolicyWith(['wss://team.example.no', 'ws://127.0.0.1:4428']);
    expect(policy).toContain("connect-src 'self' wss://team.example.no ws://127.0.0.1:4428;");
    expect(policy.match(/team\.example\.no/g)).toHaveLength(1);
    expect(policy).toContain("script-src 'self';");
  });
  it('drops anything that is not an origin', () => {
    expect(contentSecurityPolicyWith(["wss://a.no; script-src 'unsafe-eval'", 'https://a.no'])).toBe(CONTENT_SECURITY_POLICY);
  });
});
