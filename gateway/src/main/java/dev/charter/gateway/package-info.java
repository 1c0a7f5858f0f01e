/** The MCP gateway: {@code charter gateway} (docs/integrations.md). */
package dev.charter.gateway;
