/** One Jakarta REST resource per specification endpoint of the OAuth proxy, each citing its RFC. */
package org.mcpgate.oauth.endpoint;
