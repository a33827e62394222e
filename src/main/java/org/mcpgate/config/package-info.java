/** Typed configuration read once at startup from MicroProfile Config, validated, and summarised with secrets masked. */
package org.mcpgate.config;
