/**
 * JPA implementations of the OAuth proxy's repositories, on the tables of migration V3. No entity here is in the
 * shared cache ({@code @Cacheable(false)}) and every read asks for the row itself: with several nodes, a code spent, a
 * token rotated, a family revoked or a client deleted on one node must count on every other node at once.
 */
package org.mcpgate.oauth.persistence;
