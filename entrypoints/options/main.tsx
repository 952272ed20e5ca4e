import { mountPage } from '@/components/mount-page';
import { OptionsPage } from '@/components/options/OptionsPage';

mountPage(<OptionsPage />);
