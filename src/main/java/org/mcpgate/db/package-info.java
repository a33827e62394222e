/** The database: versioned migrations applied at startup and the entities every node shares. */
package org.mcpgate.db;
