/**
 * Internal helpers of wmebv, exported only to the other wmebv modules; not an API.
 */
package nl.wmebv.core.internal;
