/**
 * The demo and compiled documentation examples of wmebv.
 */
package nl.wmebv.docs;
