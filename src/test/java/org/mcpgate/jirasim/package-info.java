/** A stateful, in-memory Jira Data Center 10.3 REST simulator with fault injection, for tests and demos. */
package org.mcpgate.jirasim;
