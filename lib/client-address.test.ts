import { describe, test } from '@jest/globals';
import type http from 'node:http';
import assert from '../test-support/assert.js';
import { clientAddress, TrustedProxies } from './client-address.js';

function request(peer: string, forwardedFor?: string): http.IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as http.IncomingMessage;
}

describe('the client address', () => {
  test('with no trusted proxy, X-Forwarded-For is ignored, even from loopback', () => {
    assert.equal(clientAddress(request('127.0.0.1', '203.0.113.7')), '127.0.0.1');
    assert.equal(clientAddress(request('::ffff:127.0.0.1', '203.0.113.7'), new TrustedProxies([])), '127.0.0.1');
  });

  test('from a trusted proxy, the right-most address that is not itself a trusted proxy is the client', () => {
    const trusted = new TrustedProxies(['127.0.0.1', '10.0.0.0/8']);
    assert.equal(clientAddress(request('127.0.0.1', '203.0.113.7'), trusted), '203.0.113.7');
    // What the client wrote itself (the left entries) proves nothing; the hop our proxies saw does.
    assert.equal(clientAddress(request('::ffff:10.1.2.3', '198.51.100.1, 203.0.113.7, 10.9.9.9'), trusted), '203.0.113.7');
  });

  test('from a peer that is not trusted, the header is ignored whatever it says', () => {
    const trusted = new TrustedProxies(['10.0.0.1']);
    assert.equal(clientAddress(request('192.0.2.5', '203.0.113.7'), trusted), '192.0.2.5');
  });

  test('a trusted proxy sending garbage or nothing leaves the peer as the client', () => {
    const trusted = new TrustedProxies(['127.0.0.1']);
    assert.equal(clientAddress(request('127.0.0.1', 'not-an-address'), trusted), '127.0.0.1');
    assert.equal(clientAddress(request('127.0.0.1'), trusted), '127.0.0.1');
  });

  test('IPv6 proxies and subnets are trusted as configured', () => {
    const trusted = new TrustedProxies(['::1', 'fd00::/8']);
    assert.equal(clientAddress(request('::1', '2001:db8::5'), trusted), '2001:db8::5');
    assert.equal(clientAddress(request('fd12::1', '2001:db8::6'), trusted), '2001:db8::6');
    assert.equal(clientAddress(request('2001:db8::9', '2001:db8::7'), trusted), '2001:db8::9');
  });
});
