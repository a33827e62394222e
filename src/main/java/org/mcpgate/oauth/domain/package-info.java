/** The OAuth proxy's values, validators and services, with the repository interfaces they persist through. */
package org.mcpgate.oauth.domain;
