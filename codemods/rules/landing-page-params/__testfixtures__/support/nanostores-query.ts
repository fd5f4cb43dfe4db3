// Stores of the page URL, shared by the landing pages (fixture nanostores-imported-query-store).
import { atom, computed } from 'nanostores';

export const $location = atom(window.location.href);
export const $query = computed($location, (href) => new URL(href).searchParams);
