/** JPA implementations of the OAuth proxy's repositories, on the tables of migration V3. */
package org.mcpgate.oauth.persistence;
